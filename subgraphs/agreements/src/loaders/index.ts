import { ConnectionLoaders, entityLoader, groupLoader, sourcesLoader, type EntityReferences, type Identity } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import {
  AgreementAreaEntity,
  AgreementEntity,
  AgreementPartyEntity,
  CooperationAreaEntity,
  EventAgendaItemEntity,
  EventEntity,
  EventParticipantEntity,
} from '../entities';

/** Fresh for every request: batching within a request, no caching across requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    agreement: entityLoader(dataSource, AgreementEntity, 'id'),
    event: entityLoader(dataSource, EventEntity, 'id'),
    parties: groupLoader(dataSource, AgreementPartyEntity, 'agreementId', { position: 'ASC' }),
    participants: groupLoader(dataSource, EventParticipantEntity, 'eventId', { position: 'ASC' }),
    agenda: groupLoader(dataSource, EventAgendaItemEntity, 'eventId', { position: 'ASC' }),
    areaLinks: groupLoader(dataSource, AgreementAreaEntity, 'agreementId', { position: 'ASC' }),
    area: entityLoader(dataSource, CooperationAreaEntity, 'code'),
    sources: sourcesLoader(dataSource),
    connections: new ConnectionLoaders(dataSource),
  };
}

export type AgreementsLoaders = ReturnType<typeof createLoaders>;

export interface AgreementsContext {
  readonly dataSource: DataSource;
  readonly identity: Identity;
  readonly references: EntityReferences;
  readonly loaders: AgreementsLoaders;
}

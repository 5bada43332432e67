import { AgreementAmendmentEntity } from './agreement-amendment.entity';
import { AgreementPartyEntity } from './agreement-party.entity';
import { AgreementProjectEntity } from './agreement-project.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementAreaEntity, CooperationAreaEntity } from './cooperation-area.entity';
import { EventAgendaItemEntity } from './event-agenda-item.entity';
import { EventParticipantEntity } from './event-participant.entity';
import { EventEntity } from './event.entity';

export {
  AgreementAmendmentEntity,
  AgreementAreaEntity,
  AgreementEntity,
  AgreementPartyEntity,
  AgreementProjectEntity,
  CooperationAreaEntity,
  EventAgendaItemEntity,
  EventEntity,
  EventParticipantEntity,
};
export type { AgreementStatus } from './agreement.entity';
export type { AgreementPartyRole } from './agreement-party.entity';

export const ENTITIES = [
  AgreementEntity,
  AgreementPartyEntity,
  AgreementAreaEntity,
  AgreementProjectEntity,
  AgreementAmendmentEntity,
  CooperationAreaEntity,
  EventEntity,
  EventParticipantEntity,
  EventAgendaItemEntity,
];

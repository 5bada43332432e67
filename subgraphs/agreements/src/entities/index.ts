import { AgreementPartyEntity } from './agreement-party.entity';
import { AgreementProjectEntity } from './agreement-project.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementAreaEntity, CooperationAreaEntity } from './cooperation-area.entity';
import { EventEntity } from './event.entity';

export { AgreementAreaEntity, AgreementEntity, AgreementPartyEntity, AgreementProjectEntity, CooperationAreaEntity, EventEntity };

export const ENTITIES = [
  AgreementEntity,
  AgreementPartyEntity,
  AgreementAreaEntity,
  AgreementProjectEntity,
  CooperationAreaEntity,
  EventEntity,
];

import { FundingSourceEntity } from './funding-source.entity';
import { InvestmentProjectEntity } from './investment-project.entity';
import { ProjectPartyEntity } from './project-party.entity';

export { FundingSourceEntity, InvestmentProjectEntity, ProjectPartyEntity };

export const ENTITIES = [InvestmentProjectEntity, FundingSourceEntity, ProjectPartyEntity];

import { FundingSourceEntity } from './funding-source.entity';
import { InvestmentProjectEntity } from './investment-project.entity';
import { MilestoneEntity } from './milestone.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { ProjectPartyEntity } from './project-party.entity';

export { FundingSourceEntity, InvestmentProjectEntity, MilestoneEntity, ProgressReportEntity, ProjectPartyEntity };

export const ENTITIES = [InvestmentProjectEntity, FundingSourceEntity, ProjectPartyEntity, MilestoneEntity, ProgressReportEntity];

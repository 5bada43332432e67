import { CreateProjects1764000000000 } from './1764000000000-create-projects';
import { ProjectSearchLifeCycle1764100000000 } from './1764100000000-project-search-life-cycle';
import { PagingIndexes1766000000900 } from './1766000000900-paging-indexes';
import { FaithfulRecord1767000000200 } from './1767000000200-faithful-record';
import { InvestmentSummaryRollup1768000000000 } from './1768000000000-investment-summary-rollup';
import { MilestoneProgressPageIndexes1768000000200 } from './1768000000200-milestone-progress-page-indexes';

/**
 * In order, after the shared ones (sources, history) that openDatabase runs first; listed explicitly so the
 * same list runs from TypeScript sources and compiled output.
 */
export const MIGRATIONS = [
  CreateProjects1764000000000,
  ProjectSearchLifeCycle1764100000000,
  PagingIndexes1766000000900,
  FaithfulRecord1767000000200,
  InvestmentSummaryRollup1768000000000,
  MilestoneProgressPageIndexes1768000000200,
];

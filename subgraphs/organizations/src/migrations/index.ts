import { CreateOrganizations1764000000000 } from './1764000000000-create-organizations';
import { SearchTextAndFigureOrder1764000001000 } from './1764000001000-search-text-and-figure-order';
import { PagingIndexes1766000000900 } from './1766000000900-paging-indexes';
import { FigurePageIndex1768000000100 } from './1768000000100-figure-page-index';
import { FaithfulRecord1767000000100 } from './1767000000100-faithful-record';

/**
 * In order, after the shared ones (sources, history) that openDatabase runs first; listed explicitly so the
 * same list runs from TypeScript sources and compiled output.
 */
export const MIGRATIONS = [
  CreateOrganizations1764000000000,
  SearchTextAndFigureOrder1764000001000,
  PagingIndexes1766000000900,
  FaithfulRecord1767000000100,
  FigurePageIndex1768000000100,
];

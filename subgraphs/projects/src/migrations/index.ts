import { CreateRecordSource1763999999000 } from '@hamyar/shared';
import { CreateProjects1764000000000 } from './1764000000000-create-projects';

/** In order; listed explicitly so the same list runs from TypeScript sources and compiled output. */
export const MIGRATIONS = [CreateRecordSource1763999999000, CreateProjects1764000000000];

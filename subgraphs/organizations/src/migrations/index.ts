import { CreateRecordSource1763999999000 } from '@hamyar/shared';
import { CreateOrganizations1764000000000 } from './1764000000000-create-organizations';

/** In order; listed explicitly so the same list runs from TypeScript sources and compiled output. */
export const MIGRATIONS = [CreateRecordSource1763999999000, CreateOrganizations1764000000000];

import { CreateRecordSource1763999999000 } from '@hamyar/shared';
import { CreateAgreements1764000000000 } from './1764000000000-create-agreements';

/** In order; listed explicitly so the same list runs from TypeScript sources and compiled output. */
export const MIGRATIONS = [CreateRecordSource1763999999000, CreateAgreements1764000000000];

import type { FieldColumns } from '@hamyar/shared';
import type { AgreementEntity } from '../entities';

/**
 * What each field of Agreement reads of its row (its resolvers are in agreement.ts), for the pages of
 * agreements to load only those columns (nodeColumns). A field's resolver and its entry change together;
 * agreement-columns.test.ts checks every field of the schema has one. Lists and loaders of the agreement's
 * children read only its id.
 */
export const AGREEMENT_COLUMNS: FieldColumns<AgreementEntity> = {
  id: [],
  number: ['number'],
  numberAsReported: ['numberAsReported'],
  title: ['titleFa'],
  titleEn: ['titleEn'],
  description: ['descriptionFa'],
  signedOn: ['signedOn'],
  status: ['status'],
  parties: [],
  cooperationAreas: [],
  projects: [],
  event: ['eventId'],
  expectedJobs: ['expectedJobs'],
  derivations: ['derivations'],
  terminatedOn: ['terminatedOn'],
  terminationReason: ['terminationReason'],
  amendments: [],
  isSynthetic: ['isSynthetic'],
  sources: [],
  version: ['version'],
  history: [],
};

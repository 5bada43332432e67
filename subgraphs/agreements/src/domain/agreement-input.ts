import { BadUserInputError, parseId } from '@hamyar/shared';
import type { AgreementStatus } from '../entities';
import type { DateInputValue } from './agreement-filter';
import {
  agreementNumber,
  areaCodeList,
  assertConsistentDays,
  assertDistinctParties,
  assertEnoughParties,
  assertStatusChange,
  idList,
  initialStatus,
  MAX_DESCRIPTION_LENGTH,
  nonNegative,
  optionalDate,
  optionalText,
  parseParty,
  requiredText,
  type AgreementDays,
  type AgreementPartyInput,
  type Party,
} from './agreement-rules';

/** The columns of an agreement a client writes. */
export interface AgreementFields {
  readonly number: string | null;
  readonly numberAsReported: string | null;
  readonly titleFa: string;
  readonly titleEn: string | null;
  readonly descriptionFa: string | null;
  readonly signedOn: string | null;
  readonly status: AgreementStatus;
  readonly eventId: string | null;
  readonly expectedJobs: number | null;
}

/** `CreateAgreementInput` as GraphQL hands it over. */
export interface CreateAgreementInput {
  readonly number?: string | null;
  readonly titleFa: string;
  readonly titleEn?: string | null;
  readonly description?: string | null;
  readonly signedOn?: DateInputValue | null;
  readonly status?: AgreementStatus | null;
  readonly eventId?: string | null;
  readonly parties: readonly AgreementPartyInput[];
  readonly areaCodes?: readonly string[] | null;
  readonly projectIds?: readonly string[] | null;
  readonly expectedJobs?: number | null;
}

/** A new agreement, checked against every rule that needs nothing but the input. */
export interface AgreementDraft {
  readonly fields: AgreementFields;
  readonly parties: readonly Party[];
  readonly areaCodes: readonly string[];
  readonly projectIds: readonly string[];
}

export function parseCreateAgreement(input: CreateAgreementInput, field = 'input'): AgreementDraft {
  const signedOn = optionalDate(input.signedOn, `${field}.signedOn`);
  const status = initialStatus(input.status, signedOn, `${field}.status`);
  assertConsistentDays({ status, signedOn, terminatedOn: null }, { signedOn: `${field}.signedOn`, terminatedOn: `${field}.signedOn` });
  assertEnoughParties(input.parties, `${field}.parties`);
  const parties = input.parties.map((party, i) => parseParty(party, `${field}.parties[${i}]`));
  assertDistinctParties(parties, (i) => `${field}.parties[${i}]`);
  return {
    fields: {
      ...agreementNumber(input.number, `${field}.number`),
      titleFa: requiredText(input.titleFa, `${field}.titleFa`, 'عنوان'),
      titleEn: optionalText(input.titleEn, `${field}.titleEn`, 'عنوان انگلیسی'),
      descriptionFa: optionalText(input.description, `${field}.description`, 'شرح', MAX_DESCRIPTION_LENGTH),
      signedOn,
      status,
      eventId: input.eventId != null ? parseId(input.eventId, `${field}.eventId`) : null,
      expectedJobs: nonNegative(input.expectedJobs, `${field}.expectedJobs`, 'اشتغال پیش‌بینی‌شده'),
    },
    parties,
    areaCodes: areaCodeList(input.areaCodes, `${field}.areaCodes`),
    projectIds: idList(input.projectIds, `${field}.projectIds`),
  };
}

/** `UpdateAgreementInput` (and the changes an `AmendAgreementInput` carries): a field left out stays as it is. */
export interface UpdateAgreementInput {
  readonly number?: string | null;
  readonly titleFa?: string | null;
  readonly titleEn?: string | null;
  readonly description?: string | null;
  readonly signedOn?: DateInputValue | null;
  readonly status?: AgreementStatus | null;
  readonly eventId?: string | null;
  readonly areaCodes?: readonly string[] | null;
  readonly expectedJobs?: number | null;
}

export interface AgreementChanges {
  readonly fields: Partial<AgreementFields>;
  /** The new list of cooperation areas, replacing the old; undefined leaves them. */
  readonly areaCodes?: readonly string[];
}

/** The changes an edit asks for, each value checked; what they mean for the record is `applyAgreementChanges`. */
export function parseAgreementChanges(input: UpdateAgreementInput, field = 'input'): AgreementChanges {
  const fields: { -readonly [K in keyof AgreementFields]?: AgreementFields[K] } = {};
  if (input.number !== undefined) Object.assign(fields, agreementNumber(input.number, `${field}.number`));
  if (input.titleFa !== undefined) {
    if (input.titleFa === null) throw new BadUserInputError(`${field}.titleFa`, 'an agreement always has a Persian title', 'عنوان');
    fields.titleFa = requiredText(input.titleFa, `${field}.titleFa`, 'عنوان');
  }
  if (input.titleEn !== undefined) fields.titleEn = optionalText(input.titleEn, `${field}.titleEn`, 'عنوان انگلیسی');
  if (input.description !== undefined)
    fields.descriptionFa = optionalText(input.description, `${field}.description`, 'شرح', MAX_DESCRIPTION_LENGTH);
  if (input.signedOn !== undefined) fields.signedOn = optionalDate(input.signedOn, `${field}.signedOn`);
  if (input.status !== undefined) {
    if (input.status === null) throw new BadUserInputError(`${field}.status`, 'an agreement always has a status', 'وضعیت');
    if (input.status === 'TERMINATED') {
      throw new BadUserInputError(
        `${field}.status`,
        'end an agreement with terminateAgreement, which keeps the day and the reason',
        'وضعیت',
      );
    }
    fields.status = input.status;
  }
  if (input.eventId !== undefined) fields.eventId = input.eventId === null ? null : parseId(input.eventId, `${field}.eventId`);
  if (input.expectedJobs !== undefined)
    fields.expectedJobs = nonNegative(input.expectedJobs, `${field}.expectedJobs`, 'اشتغال پیش‌بینی‌شده');
  const areaCodes = input.areaCodes !== undefined ? areaCodeList(input.areaCodes ?? [], `${field}.areaCodes`) : undefined;
  return { fields, ...(areaCodes !== undefined ? { areaCodes } : {}) };
}

/**
 * Checks the changes against the record they change: the status may only move along its life cycle, and
 * the days must still agree. Returns the columns to write.
 */
export function applyAgreementChanges(current: AgreementDays, changes: AgreementChanges, field = 'input'): Partial<AgreementFields> {
  const { fields } = changes;
  if (fields.status !== undefined) assertStatusChange(current.status, fields.status, `${field}.status`);
  const next = { ...current, ...pick(fields, ['status', 'signedOn']) };
  assertConsistentDays(next, { signedOn: `${field}.signedOn`, terminatedOn: `${field}.signedOn` });
  return fields;
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

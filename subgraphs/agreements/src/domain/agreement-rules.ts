import {
  BadUserInputError,
  normalizePersian,
  optionalText,
  parseDateInput,
  parseId,
  parseProvinceCode,
  requiredText,
} from '@hamyar/shared';
import type { AgreementPartyRole, AgreementStatus } from '../entities';
import { parseAreaCode, type DateInputValue } from './agreement-filter';
import { normalizeAgreementNumber } from './agreement-number';

/**
 * The rules of an agreement's record, as plain functions: what a party is, when two parties are the same,
 * which status may follow which, and how its days relate. Each refuses bad input naming the input field.
 */

// ---------------------------------------------------------------------------------------------- text, numbers

export const MAX_DESCRIPTION_LENGTH = 5000;
const MAX_NUMBER_LENGTH = 50;
const MAX_LIST_LENGTH = 100;

export { optionalText, requiredText } from '@hamyar/shared';

/** A count (jobs, amounts) that cannot be negative. */
export function nonNegative(value: number | null | undefined, field: string, labelFa: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0)
    throw new BadUserInputError(field, `must be a whole number of at least 0, got ${value}`, labelFa);
  return value;
}

/** An agreement number in any digits: kept as reported, and with ASCII digits as its key. */
export function agreementNumber(
  asReported: string | null | undefined,
  field: string,
): { number: string | null; numberAsReported: string | null } {
  const reported = optionalText(asReported, field, 'شماره', MAX_NUMBER_LENGTH);
  return { number: normalizeAgreementNumber(reported), numberAsReported: reported };
}

/** A list of ids (projects), each checked, without repeats. */
export function idList(values: readonly string[] | null | undefined, field: string): string[] {
  if (!values) return [];
  if (values.length > MAX_LIST_LENGTH) throw new BadUserInputError(field, `at most ${MAX_LIST_LENGTH} values`);
  const ids = values.map((value, i) => parseId(value, `${field}[${i}]`));
  const repeated = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (repeated >= 0) throw new BadUserInputError(`${field}[${repeated}]`, 'given twice');
  return ids;
}

/** Cooperation-area codes, each checked, without repeats, in the order given. */
export function areaCodeList(values: readonly string[] | null | undefined, field: string): string[] {
  if (!values) return [];
  if (values.length > MAX_LIST_LENGTH) throw new BadUserInputError(field, `at most ${MAX_LIST_LENGTH} values`);
  const codes = values.map((value, i) => parseAreaCode(value, `${field}[${i}]`));
  const repeated = codes.findIndex((code, i) => codes.indexOf(code) !== i);
  if (repeated >= 0) throw new BadUserInputError(`${field}[${repeated}]`, 'given twice', 'حوزهٔ همکاری');
  return codes;
}

/** A `DateInput` (Jalali or ISO) as an ISO date, or null when none was given. */
export function optionalDate(input: DateInputValue | null | undefined, field: string): string | null {
  return input ? parseDateInput(input, field) : null;
}

// --------------------------------------------------------------------------------------------------- parties

/** `AgreementPartyInput` as GraphQL hands it over. */
export interface AgreementPartyInput {
  readonly organizationId?: string | null;
  readonly name?: string | null;
  readonly nameEn?: string | null;
  readonly provinceCode?: string | null;
  readonly role?: AgreementPartyRole | null;
}

/** A party as the record keeps it. */
export interface Party {
  readonly organizationId: string | null;
  readonly nameFa: string | null;
  readonly nameEn: string | null;
  readonly provinceCode: string | null;
  readonly role: AgreementPartyRole;
}

const ROLES: readonly AgreementPartyRole[] = ['SIGNATORY', 'COORDINATOR', 'IMPLEMENTER'];

/**
 * A party is either a cooperation organization, named by its id (its province is the organization's), or
 * another body, named in Persian (with an optional English name and province).
 */
export function parseParty(input: AgreementPartyInput, field: string): Party {
  const role = input.role ?? 'SIGNATORY';
  if (!ROLES.includes(role)) throw new BadUserInputError(`${field}.role`, `unknown role "${role}"`, 'نقش');
  const provinceCode = input.provinceCode != null ? parseProvinceCode(input.provinceCode, `${field}.provinceCode`) : null;
  if (input.organizationId != null) {
    const organizationId = parseId(input.organizationId, `${field}.organizationId`);
    if (input.name != null || input.nameEn != null) {
      throw new BadUserInputError(
        `${field}.name`,
        'a cooperation organization is named by its record: give organizationId or a name, not both',
        'نام طرف',
      );
    }
    return { organizationId, nameFa: null, nameEn: null, provinceCode, role };
  }
  if (input.name == null || input.name.trim() === '') {
    throw new BadUserInputError(
      field,
      'a party is a cooperation organization (organizationId) or another body (name in Persian)',
      'طرف تفاهم‌نامه',
    );
  }
  return {
    organizationId: null,
    nameFa: requiredText(input.name, `${field}.name`, 'نام طرف'),
    nameEn: optionalText(input.nameEn, `${field}.nameEn`, 'نام انگلیسی طرف'),
    provinceCode,
    role,
  };
}

/** An agreement has two sides at least: an MoU of one party is no agreement. */
export function assertEnoughParties(parties: readonly unknown[], field: string): void {
  if (parties.length < 2) throw new BadUserInputError(field, `an agreement has at least two parties, got ${parties.length}`, 'طرفین');
  if (parties.length > MAX_LIST_LENGTH) throw new BadUserInputError(field, `at most ${MAX_LIST_LENGTH} parties`, 'طرفین');
}

/**
 * No party twice: not the same organization, and not two bodies of the same name (as normalised for
 * search) in the same province. `fieldOf(i)` names the i-th new party; `existing` are the parties the
 * agreement has already.
 */
export function assertDistinctParties(
  parties: readonly Party[],
  fieldOf: (index: number) => string,
  existing: readonly Party[] = [],
): void {
  const seen = [...existing];
  parties.forEach((party, i) => {
    const twin = seen.find((other) => sameParty(party, other));
    if (twin) {
      const what = party.organizationId
        ? `organization ${party.organizationId}`
        : `"${party.nameFa}"${party.provinceCode ? ` of ${party.provinceCode}` : ''}`;
      throw new BadUserInputError(fieldOf(i), `${what} is already a party to this agreement`, 'طرف تفاهم‌نامه');
    }
    seen.push(party);
  });
}

function sameParty(a: Party, b: Party): boolean {
  if (a.organizationId || b.organizationId) return a.organizationId === b.organizationId;
  return normalizePersian(a.nameFa ?? '') === normalizePersian(b.nameFa ?? '') && (a.provinceCode ?? null) === (b.provinceCode ?? null);
}

/**
 * An organization's party takes its province from the organization. A province the client gave as well must
 * agree with it.
 */
export function withOrganizationProvince(party: Party, organizationProvince: string, field: string): Party {
  if (party.provinceCode !== null && party.provinceCode !== organizationProvince) {
    throw new BadUserInputError(
      `${field}.provinceCode`,
      `the organization is in ${organizationProvince}, not ${party.provinceCode}; leave provinceCode out for an organization`,
      'استان',
    );
  }
  return { ...party, provinceCode: organizationProvince };
}

/** Provinces of the cooperation organizations among the parties: whose editors may change the agreement. */
export function organizationProvinces(parties: readonly Party[]): string[] {
  return [...new Set(parties.filter((p) => p.organizationId !== null && p.provinceCode !== null).map((p) => p.provinceCode!))];
}

/** How a party list is written in history. */
export function partiesForHistory(parties: readonly Party[]) {
  return parties.map((p) => ({
    organizationId: p.organizationId,
    name: p.nameFa,
    nameEn: p.nameEn,
    provinceCode: p.provinceCode,
    role: p.role,
  }));
}

// ---------------------------------------------------------------------------------------------- life cycle

/**
 * Which status may follow which. A proposal is signed; a signed agreement is carried out, fulfilled or
 * ended; one being carried out is fulfilled or ended. COMPLETED and TERMINATED are final. Nothing goes back
 * (a signature is not undone), and a proposal is not terminated: it was never binding, so it stays PROPOSED
 * (its description may say it was dropped).
 */
const STATUS_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  PROPOSED: ['SIGNED'],
  SIGNED: ['IN_IMPLEMENTATION', 'COMPLETED', 'TERMINATED'],
  IN_IMPLEMENTATION: ['COMPLETED', 'TERMINATED'],
  COMPLETED: [],
  TERMINATED: [],
};

export function assertStatusChange(from: AgreementStatus, to: AgreementStatus, field: string): void {
  if (from === to) return;
  if (!STATUS_TRANSITIONS[from].includes(to)) {
    const allowed = STATUS_TRANSITIONS[from];
    throw new BadUserInputError(
      field,
      `an agreement ${from} cannot become ${to}${allowed.length ? ` (it may become ${allowed.join(' or ')})` : ` (${from} is final)`}`,
      'وضعیت',
    );
  }
}

/** The status a new agreement starts in: as given, else SIGNED when it has a signing day, else PROPOSED. */
export function initialStatus(status: AgreementStatus | null | undefined, signedOn: string | null, field: string): AgreementStatus {
  if (status === 'TERMINATED') {
    throw new BadUserInputError(
      field,
      'record the agreement first, then end it with terminateAgreement, which keeps the day and the reason',
      'وضعیت',
    );
  }
  return status ?? (signedOn ? 'SIGNED' : 'PROPOSED');
}

/** The days and status of an agreement that belong together. */
export interface AgreementDays {
  readonly status: AgreementStatus;
  readonly signedOn: string | null;
  readonly terminatedOn: string | null;
}

/** A proposal has no signing day, and an agreement is not ended (or amended) before it was signed. */
export function assertConsistentDays(days: AgreementDays, fields: { signedOn: string; terminatedOn: string }): void {
  if (days.status === 'PROPOSED' && days.signedOn !== null) {
    throw new BadUserInputError(
      fields.signedOn,
      'a PROPOSED agreement has not been signed: set status SIGNED (or later) with its signing day',
      'تاریخ امضا',
    );
  }
  if (days.terminatedOn !== null && days.signedOn !== null && days.terminatedOn < days.signedOn) {
    throw new BadUserInputError(
      fields.terminatedOn,
      `an agreement cannot end (${days.terminatedOn}) before it was signed (${days.signedOn})`,
      'تاریخ خاتمه',
    );
  }
}

/** What terminating an agreement writes, once the life cycle allows it. */
export function termination(current: AgreementDays, terminatedOn: string, reason: string) {
  if (current.status === 'TERMINATED') {
    throw new BadUserInputError(
      'terminatedOn',
      `the agreement was already terminated on ${current.terminatedOn ?? 'a day not recorded'}`,
      'تاریخ خاتمه',
    );
  }
  assertStatusChange(current.status, 'TERMINATED', 'terminatedOn');
  const days = { ...current, status: 'TERMINATED' as const, terminatedOn };
  assertConsistentDays(days, { signedOn: 'terminatedOn', terminatedOn: 'terminatedOn' });
  return {
    status: 'TERMINATED' as const,
    terminatedOn,
    terminationReason: requiredText(reason, 'reason', 'دلیل خاتمه', MAX_DESCRIPTION_LENGTH),
  };
}

/** Only an agreement in force is amended: signed or being carried out, and not before its signing day. */
export function assertAmendable(current: AgreementDays, amendedOn: string, field: string): void {
  if (current.status !== 'SIGNED' && current.status !== 'IN_IMPLEMENTATION') {
    const why = current.status === 'PROPOSED' ? 'a proposal is edited, not amended (updateAgreement)' : `${current.status} is final`;
    throw new BadUserInputError(field, `only a SIGNED or IN_IMPLEMENTATION agreement is amended: ${why}`, 'اصلاحیه');
  }
  if (current.signedOn !== null && amendedOn < current.signedOn) {
    throw new BadUserInputError(field, `an amendment (${amendedOn}) cannot precede the signing (${current.signedOn})`, 'تاریخ اصلاحیه');
  }
}

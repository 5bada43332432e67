import {
  BadUserInputError,
  parseDateInput,
  parseDateRange,
  parseId,
  parseProvinceCode,
  searchCondition,
  sortKeyRange,
  type SqlCondition,
} from '@hamyar/shared';
import type { AgreementStatus } from '../entities';
import { normalizeAgreementNumber } from './agreement-number';

/** The shared `DateInput` and `DateRangeInput`, as GraphQL hands them over. */
export type DateInputValue = Parameters<typeof parseDateInput>[0];
export type DateRangeInputValue = Parameters<typeof parseDateRange>[0];

/** `AgreementFilter` as GraphQL hands it over. */
export interface AgreementFilterInput {
  readonly search?: string | null;
  readonly partyOrganizationIds?: readonly string[] | null;
  readonly provinceCodes?: readonly string[] | null;
  readonly counterpartProvinceCodes?: readonly string[] | null;
  readonly areaCodes?: readonly string[] | null;
  readonly statuses?: readonly AgreementStatus[] | null;
  readonly signedOn?: DateRangeInputValue | null;
  readonly number?: string | null;
  readonly eventIds?: readonly string[] | null;
}

export type AgreementOrderField = 'SIGNED_ON' | 'TITLE' | 'CREATED_AT';
export type OrderDirection = 'ASC' | 'DESC';

/** `AgreementOrder` as GraphQL hands it over. */
export interface AgreementOrderInput {
  readonly field: AgreementOrderField;
  readonly direction?: OrderDirection | null;
}

/** How many values one list of a filter may hold: enough for every province twice over, never unbounded. */
export const MAX_FILTER_VALUES = 100;
const MAX_SEARCH_LENGTH = 200;

const AREA_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
const STATUSES: readonly AgreementStatus[] = ['PROPOSED', 'SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'TERMINATED'];

/**
 * The SQL conditions (over the agreement table, aliased `t`) that an `AgreementFilter` stands for. Every
 * value is checked before any SQL is built, and a bad one is refused naming its field (`filter.provinceCodes`).
 * All given criteria must hold (AND); within one list any value may match (OR); an omitted or empty list
 * does not restrict. Given the list's sort, a signing-date range is written on the sort's index key.
 */
export function agreementConditions(
  filter: AgreementFilterInput | null | undefined,
  field = 'filter',
  sort?: AgreementSort,
): SqlCondition[] {
  if (!filter) return [];
  const conditions: SqlCondition[] = [];

  if (filter.search != null) {
    if (filter.search.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError(`${field}.search`, `at most ${MAX_SEARCH_LENGTH} characters`, 'جستجو');
    }
    const condition = searchCondition(filter.search);
    if (condition) conditions.push(condition);
  }

  const organizationIds = list(filter.partyOrganizationIds, `${field}.partyOrganizationIds`, (v, f) => parseId(v, f));
  if (organizationIds) {
    conditions.push(
      (bind) =>
        `EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = t.id AND p.organization_id = ANY(${bind(organizationIds)}::uuid[]))`,
    );
  }

  const provinces = list(filter.provinceCodes, `${field}.provinceCodes`, (v, f) => parseProvinceCode(v, f));
  if (provinces) {
    conditions.push(
      (bind) =>
        `EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = t.id AND p.province_code = ANY(${bind(provinces)}::text[]))`,
    );
  }

  // A party in a counterpart province, and another party (in one of `provinceCodes` when given) beside it:
  // provinceCodes [A] with counterpartProvinceCodes [B] are the agreements of A with B.
  const counterparts = list(filter.counterpartProvinceCodes, `${field}.counterpartProvinceCodes`, (v, f) => parseProvinceCode(v, f));
  if (counterparts) {
    conditions.push((bind) => {
      const other = provinces ? ` AND o.province_code = ANY(${bind(provinces)}::text[])` : '';
      return (
        `EXISTS (SELECT 1 FROM agreement_party c JOIN agreement_party o ON o.agreement_id = c.agreement_id AND o.id <> c.id${other} ` +
        `WHERE c.agreement_id = t.id AND c.province_code = ANY(${bind(counterparts)}::text[]))`
      );
    });
  }

  const areas = list(filter.areaCodes, `${field}.areaCodes`, (v, f) => parseAreaCode(v, f));
  if (areas) {
    conditions.push(
      (bind) => `EXISTS (SELECT 1 FROM agreement_area a WHERE a.agreement_id = t.id AND a.area_code = ANY(${bind(areas)}::text[]))`,
    );
  }

  const statuses = list(filter.statuses, `${field}.statuses`, (v, f) => {
    if (!STATUSES.includes(v)) throw new BadUserInputError(f, `unknown status "${v}"`, 'وضعیت');
    return v;
  });
  if (statuses) conditions.push((bind) => `t.status = ANY(${bind(statuses)}::text[])`);

  if (filter.signedOn) {
    const { from, to } = parseDateRange(filter.signedOn, `${field}.signedOn`);
    const sortKey = sort?.orderBy[0];
    if (sortKey === 'signed_order' || sortKey === 'signed_on') {
      // Listed by signing date: the range is written on that order's index key (sortKeyRange), newest first
      // the generated signed_order (undated as 0001-01-01, below every bound).
      const key = sortKey === 'signed_order' ? 't.signed_order' : undefined;
      conditions.push(...sortKeyRange('signed_on', 'date', sort!.descending, { from, to }, key));
    } else {
      if (from) conditions.push((bind) => `t.signed_on >= ${bind(from)}::date`);
      if (to) conditions.push((bind) => `t.signed_on <= ${bind(to)}::date`);
    }
  }

  if (filter.number != null) {
    const number = normalizeAgreementNumber(filter.number);
    if (number === null) throw new BadUserInputError(`${field}.number`, 'an agreement number has at least one character', 'شماره');
    conditions.push((bind) => `t.number = ${bind(number)}`);
  }

  const events = list(filter.eventIds, `${field}.eventIds`, (v, f) => parseId(v, f));
  if (events) conditions.push((bind) => `t.event_id = ANY(${bind(events)}::uuid[])`);

  return conditions;
}

/** The column keys (and their direction) a list of agreements is sorted by; the id makes the order total. */
export interface AgreementSort {
  readonly orderBy: readonly string[];
  readonly descending: boolean;
}

/**
 * SIGNED_ON (the default, newest first) puts undated agreements last in either direction; TITLE sorts by the
 * Persian title; CREATED_AT by when the record was created.
 */
export function agreementSort(order: AgreementOrderInput | null | undefined): AgreementSort {
  const field = order?.field ?? 'SIGNED_ON';
  const descending = (order?.direction ?? 'DESC') === 'DESC';
  switch (field) {
    case 'SIGNED_ON':
      // Descending, the generated signed_order (undated = 0001-01-01) sorts undated last and has its index;
      // ascending, the nullable signed_on does (a missing value sorts after every real one).
      return { orderBy: [descending ? 'signed_order' : 'signed_on', 'id'], descending };
    case 'TITLE':
      return { orderBy: ['title_fa', 'id'], descending };
    case 'CREATED_AT':
      return { orderBy: ['created_at', 'id'], descending };
    default:
      throw new BadUserInputError('orderBy.field', `unknown order "${String(field)}"`, 'ترتیب');
  }
}

/** A cooperation area's code, e.g. TOURISM: upper-case letters, digits and underscores. */
export function parseAreaCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!AREA_CODE.test(code))
    throw new BadUserInputError(field, `expected a cooperation-area code such as TOURISM, got "${value}"`, 'حوزهٔ همکاری');
  return code;
}

/** A list argument's values, each checked; null when it does not restrict (omitted or empty). */
function list<T, U>(values: readonly T[] | null | undefined, field: string, parse: (value: T, field: string) => U): U[] | null {
  if (!values || values.length === 0) return null;
  if (values.length > MAX_FILTER_VALUES) throw new BadUserInputError(field, `at most ${MAX_FILTER_VALUES} values`);
  return [...new Set(values.map((value) => parse(value, field)))];
}

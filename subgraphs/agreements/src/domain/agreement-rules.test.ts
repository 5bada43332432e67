import { BadUserInputError, stableId } from '@hamyar/shared';
import {
  assertAmendable,
  assertConsistentDays,
  assertDistinctParties,
  assertEnoughParties,
  assertStatusChange,
  initialStatus,
  nonNegative,
  organizationProvinces,
  parseParty,
  termination,
  withOrganizationProvince,
  type Party,
} from './agreement-rules';

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.field;
    throw error;
  }
  return undefined;
}

const mazandaran = stableId('organization', 'IR-02');
const razavi = stableId('organization', 'IR-09');
const org = (organizationId: string, provinceCode: string | null = null): Party => ({
  organizationId,
  nameFa: null,
  nameEn: null,
  provinceCode,
  role: 'SIGNATORY',
});
const body = (nameFa: string, provinceCode: string | null): Party => ({
  organizationId: null,
  nameFa,
  nameEn: null,
  provinceCode,
  role: 'SIGNATORY',
});

describe('parties', () => {
  it('is an organization by id or a body by name, never both or neither', () => {
    expect(parseParty({ organizationId: mazandaran.toUpperCase() }, 'p')).toEqual(org(mazandaran));
    expect(parseParty({ name: ' اداره کل راه ', provinceCode: 'ir-02', role: 'IMPLEMENTER' }, 'p')).toMatchObject({
      nameFa: 'اداره کل راه',
      provinceCode: 'IR-02',
      role: 'IMPLEMENTER',
    });
    expect(fieldOf(() => parseParty({}, 'input.parties[1]'))).toBe('input.parties[1]');
    expect(fieldOf(() => parseParty({ organizationId: mazandaran, name: 'x' }, 'p'))).toBe('p.name');
    expect(fieldOf(() => parseParty({ organizationId: '42' }, 'p'))).toBe('p.organizationId');
    expect(fieldOf(() => parseParty({ name: 'x', provinceCode: 'Tehran' }, 'p'))).toBe('p.provinceCode');
  });

  it('an MoU has two sides at least', () => {
    expect(fieldOf(() => assertEnoughParties([org(mazandaran)], 'input.parties'))).toBe('input.parties');
    expect(fieldOf(() => assertEnoughParties([org(mazandaran), org(razavi)], 'input.parties'))).toBeUndefined();
  });

  it('names the second of two same organizations, or of two same-named bodies in one province', () => {
    const at = (i: number) => `input.parties[${i}]`;
    expect(fieldOf(() => assertDistinctParties([org(mazandaran), org(razavi), org(mazandaran)], at))).toBe('input.parties[2]');
    // the same name typed with Arabic yeh and kaf, and a zero-width non-joiner, is the same name
    expect(fieldOf(() => assertDistinctParties([body('شهرداری‌ها', 'IR-02'), body('شهرداري ها', 'IR-02')], at))).toBe('input.parties[1]');
    expect(fieldOf(() => assertDistinctParties([body('شهرداری‌ها', 'IR-02'), body('شهرداری‌ها', 'IR-07')], at))).toBeUndefined();
    expect(fieldOf(() => assertDistinctParties([org(mazandaran)], () => 'party', [org(mazandaran, 'IR-02')]))).toBe('party');
  });

  it("takes an organization's province from the organization, refusing another", () => {
    expect(withOrganizationProvince(org(mazandaran), 'IR-02', 'p').provinceCode).toBe('IR-02');
    expect(fieldOf(() => withOrganizationProvince(org(mazandaran, 'IR-07'), 'IR-02', 'input.parties[0]'))).toBe(
      'input.parties[0].provinceCode',
    );
    expect(organizationProvinces([org(mazandaran, 'IR-02'), body('x', 'IR-07'), org(razavi, 'IR-09')])).toEqual(['IR-02', 'IR-09']);
  });
});

describe('the life cycle', () => {
  it('moves forwards only, and COMPLETED and TERMINATED are final', () => {
    expect(fieldOf(() => assertStatusChange('PROPOSED', 'SIGNED', 's'))).toBeUndefined();
    expect(fieldOf(() => assertStatusChange('SIGNED', 'IN_IMPLEMENTATION', 's'))).toBeUndefined();
    expect(fieldOf(() => assertStatusChange('IN_IMPLEMENTATION', 'COMPLETED', 's'))).toBeUndefined();
    expect(fieldOf(() => assertStatusChange('SIGNED', 'SIGNED', 's'))).toBeUndefined();
    for (const to of ['PROPOSED', 'SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED'] as const) {
      expect(fieldOf(() => assertStatusChange('TERMINATED', to, 'input.status'))).toBe('input.status');
    }
    for (const to of ['PROPOSED', 'SIGNED', 'IN_IMPLEMENTATION', 'TERMINATED'] as const) {
      expect(fieldOf(() => assertStatusChange('COMPLETED', to, 'input.status'))).toBe('input.status');
    }
    expect(fieldOf(() => assertStatusChange('SIGNED', 'PROPOSED', 's'))).toBe('s');
    expect(fieldOf(() => assertStatusChange('PROPOSED', 'TERMINATED', 's'))).toBe('s');
  });

  it('starts SIGNED with a signing day, else PROPOSED, and never TERMINATED', () => {
    expect(initialStatus(undefined, '2026-01-05', 's')).toBe('SIGNED');
    expect(initialStatus(null, null, 's')).toBe('PROPOSED');
    expect(initialStatus('IN_IMPLEMENTATION', null, 's')).toBe('IN_IMPLEMENTATION');
    expect(fieldOf(() => initialStatus('TERMINATED', null, 'input.status'))).toBe('input.status');
  });

  it('keeps the days in order: no signing day on a proposal, no end before the signing', () => {
    const fields = { signedOn: 'input.signedOn', terminatedOn: 'terminatedOn' };
    expect(fieldOf(() => assertConsistentDays({ status: 'PROPOSED', signedOn: '2026-01-05', terminatedOn: null }, fields))).toBe(
      'input.signedOn',
    );
    expect(fieldOf(() => assertConsistentDays({ status: 'TERMINATED', signedOn: '2026-01-05', terminatedOn: '2026-01-04' }, fields))).toBe(
      'terminatedOn',
    );
    expect(
      fieldOf(() => assertConsistentDays({ status: 'TERMINATED', signedOn: null, terminatedOn: '2026-01-04' }, fields)),
    ).toBeUndefined();
  });

  it('terminates a signed agreement on or after its signing day, with a reason', () => {
    const signed = { status: 'SIGNED' as const, signedOn: '2026-01-05', terminatedOn: null };
    expect(termination(signed, '2026-01-05', ' ended ')).toEqual({
      status: 'TERMINATED',
      terminatedOn: '2026-01-05',
      terminationReason: 'ended',
    });
    expect(fieldOf(() => termination(signed, '2026-01-04', 'x'))).toBe('terminatedOn');
    expect(fieldOf(() => termination(signed, '2026-01-06', '  '))).toBe('reason');
    expect(fieldOf(() => termination({ ...signed, status: 'PROPOSED', signedOn: null }, '2026-01-06', 'x'))).toBe('terminatedOn');
    expect(fieldOf(() => termination({ ...signed, status: 'TERMINATED', terminatedOn: '2026-01-06' }, '2026-01-07', 'again'))).toBe(
      'terminatedOn',
    );
    expect(fieldOf(() => termination({ ...signed, status: 'COMPLETED' }, '2026-01-07', 'x'))).toBe('terminatedOn');
  });

  it('amends only an agreement in force, not before its signing', () => {
    const signed = { status: 'SIGNED' as const, signedOn: '2026-01-05', terminatedOn: null };
    expect(fieldOf(() => assertAmendable(signed, '2026-02-01', 'input.amendedOn'))).toBeUndefined();
    expect(fieldOf(() => assertAmendable(signed, '2026-01-01', 'input.amendedOn'))).toBe('input.amendedOn');
    expect(fieldOf(() => assertAmendable({ ...signed, status: 'TERMINATED' }, '2026-02-01', 'input.amendedOn'))).toBe('input.amendedOn');
    expect(fieldOf(() => assertAmendable({ ...signed, status: 'PROPOSED', signedOn: null }, '2026-02-01', 'input.amendedOn'))).toBe(
      'input.amendedOn',
    );
  });

  it('counts jobs from zero up', () => {
    expect(nonNegative(0, 'j', 'x')).toBe(0);
    expect(nonNegative(null, 'j', 'x')).toBeNull();
    expect(fieldOf(() => nonNegative(-1, 'input.expectedJobs', 'x'))).toBe('input.expectedJobs');
  });
});

import { BadUserInputError, stableId } from '@hamyar/shared';
import { applyAgreementChanges, parseAgreementChanges, parseCreateAgreement } from './agreement-input';

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.field;
    throw error;
  }
  return undefined;
}

const parties = [{ organizationId: stableId('organization', 'IR-02') }, { name: 'اداره کل راه و شهرسازی', provinceCode: 'IR-02' }];

describe('parseCreateAgreement', () => {
  it('keeps the number as written and as ASCII, the Jalali day as ISO, and signs a dated agreement', () => {
    const draft = parseCreateAgreement({ number: '۴۱۳۵', titleFa: ' عنوان ', signedOn: { jalali: '1404-10-15' }, parties });
    expect(draft.fields).toMatchObject({
      number: '4135',
      numberAsReported: '۴۱۳۵',
      titleFa: 'عنوان',
      signedOn: '2026-01-05',
      status: 'SIGNED',
    });
    expect(draft.parties).toHaveLength(2);
  });

  it('refuses each broken rule naming its field', () => {
    expect(fieldOf(() => parseCreateAgreement({ titleFa: ' ', parties }))).toBe('input.titleFa');
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties: parties.slice(0, 1) }))).toBe('input.parties');
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties: [...parties, parties[0]] }))).toBe('input.parties[2]');
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties, signedOn: { jalali: '1404-12-30' } }))).toBe(
      'input.signedOn.jalali',
    );
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties, status: 'PROPOSED', signedOn: { iso: '2026-01-05' } }))).toBe(
      'input.signedOn',
    );
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties, status: 'TERMINATED' }))).toBe('input.status');
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties, expectedJobs: -5 }))).toBe('input.expectedJobs');
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties, projectIds: ['nope'] }))).toBe('input.projectIds[0]');
    expect(fieldOf(() => parseCreateAgreement({ titleFa: 'x', parties, areaCodes: ['TOURISM', 'TOURISM'] }))).toBe('input.areaCodes[1]');
  });
});

describe('changes of an agreement', () => {
  const signed = { status: 'SIGNED' as const, signedOn: '2026-01-05', terminatedOn: null };

  it('takes only the fields given, null clearing an optional one', () => {
    expect(parseAgreementChanges({ titleEn: null, number: '٤١٣٦' }).fields).toEqual({
      titleEn: null,
      number: '4136',
      numberAsReported: '٤١٣٦',
    });
    expect(parseAgreementChanges({}).fields).toEqual({});
    expect(parseAgreementChanges({ areaCodes: ['tourism'] }).areaCodes).toEqual(['TOURISM']);
  });

  it('refuses clearing the title or status, and terminating outside terminateAgreement', () => {
    expect(fieldOf(() => parseAgreementChanges({ titleFa: null }))).toBe('input.titleFa');
    expect(fieldOf(() => parseAgreementChanges({ status: null }))).toBe('input.status');
    expect(fieldOf(() => parseAgreementChanges({ status: 'TERMINATED' }))).toBe('input.status');
  });

  it('moves the status along the life cycle only, keeping the days consistent', () => {
    expect(applyAgreementChanges(signed, parseAgreementChanges({ status: 'IN_IMPLEMENTATION' }))).toEqual({ status: 'IN_IMPLEMENTATION' });
    expect(fieldOf(() => applyAgreementChanges(signed, parseAgreementChanges({ status: 'PROPOSED' })))).toBe('input.status');
    expect(fieldOf(() => applyAgreementChanges({ ...signed, status: 'TERMINATED' }, parseAgreementChanges({ status: 'SIGNED' })))).toBe(
      'input.status',
    );
    const proposal = { status: 'PROPOSED' as const, signedOn: null, terminatedOn: null };
    expect(fieldOf(() => applyAgreementChanges(proposal, parseAgreementChanges({ signedOn: { iso: '2026-01-05' } })))).toBe(
      'input.signedOn',
    );
    expect(applyAgreementChanges(proposal, parseAgreementChanges({ signedOn: { iso: '2026-01-05' }, status: 'SIGNED' }))).toEqual({
      signedOn: '2026-01-05',
      status: 'SIGNED',
    });
    const ended = { status: 'TERMINATED' as const, signedOn: '2026-01-05', terminatedOn: '2026-02-01' };
    expect(fieldOf(() => applyAgreementChanges(ended, parseAgreementChanges({ signedOn: { iso: '2026-03-01' } })))).toBe('input.signedOn');
  });
});

import { normalizeAgreementNumber } from './agreement-number';

describe('normalizeAgreementNumber', () => {
  it('stores MoU 4134 with ASCII digits whichever digits the report used', () => {
    expect(normalizeAgreementNumber('۴۱۳۴')).toBe('4134');
    expect(normalizeAgreementNumber('٤١٣٤')).toBe('4134');
    expect(normalizeAgreementNumber(' 4134 ')).toBe('4134');
    expect(normalizeAgreementNumber(null)).toBeNull();
  });
});

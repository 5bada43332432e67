import { organizationChanges } from './organization';

const fars = {
  nameFa: 'سازمان همیاری شهرداری‌های استان فارس',
  nameEn: 'Municipalities Cooperation Organization of Fars Province',
  ceoNameFa: 'علی سید نصیری',
  ceoNameEn: 'Ali Seyyed Nasiri',
};

describe('organizationChanges', () => {
  it('maps the API names to columns, keeps what is left out, and refreshes the search text', () => {
    const changes = organizationChanges(fars, { name: 'سازمان همياري شهرداري\u200Cهاي استان فارس' });
    expect(changes.nameFa).toBe('سازمان همياري شهرداري\u200Cهاي استان فارس');
    expect(changes).not.toHaveProperty('nameEn');
    expect(changes.searchText).toContain('سازمان همیاری شهرداری های استان فارس');
    expect(changes.searchText).toContain('ali seyyed nasiri');
  });

  it('clears the chief executive with null or an empty text', () => {
    expect(organizationChanges(fars, { ceoName: null }).ceoNameFa).toBeNull();
    expect(organizationChanges(fars, { ceoNameEn: '  ' }).ceoNameEn).toBeNull();
  });

  it('refuses to empty a name', () => {
    expect(() => organizationChanges(fars, { name: ' ' })).toThrow(/input\.name/);
    expect(() => organizationChanges(fars, { nameEn: null })).toThrow(/input\.nameEn/);
  });
});

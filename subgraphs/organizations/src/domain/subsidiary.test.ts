import { newSubsidiary, subsidiaryChanges } from './subsidiary';

describe('subsidiary companies', () => {
  it('a new company needs both names; the rest may be unknown', () => {
    expect(newSubsidiary({ nameFa: 'همیار نت', nameEn: 'Hamyar Net', activityFa: ' ' })).toEqual({
      nameFa: 'همیار نت',
      nameEn: 'Hamyar Net',
      activityFa: null,
      activityEn: null,
      locationFa: null,
      searchText: 'همیار نت hamyar net',
    });
    expect(() => newSubsidiary({ nameFa: 'همیار نت' })).toThrow(/input\.nameEn/);
  });

  it('an update clears optional fields with null and keeps what it leaves out', () => {
    const current = newSubsidiary({ nameFa: 'همیار تجارت شمال', nameEn: 'Hamyar Tejarat Shomal', locationFa: 'منطقه آزاد امیرآباد' });
    const changes = subsidiaryChanges(current, { locationFa: null });
    expect(changes).toEqual({ locationFa: null, searchText: 'همیار تجارت شمال hamyar tejarat shomal' });
    expect(() => subsidiaryChanges(current, { nameFa: '' })).toThrow(/input\.nameFa/);
  });
});

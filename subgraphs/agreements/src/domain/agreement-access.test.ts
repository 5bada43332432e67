import { ForbiddenError, PUBLIC_READER, UnauthenticatedError, type Identity } from '@hamyar/shared';
import { assertMayEditAgreement } from './agreement-access';

const editor = (provinceCode: string): Identity => ({ subject: `editor@${provinceCode}`, role: 'PROVINCE_EDITOR', provinceCode });
const admin: Identity = { subject: 'admin', role: 'NATIONAL_ADMIN', provinceCode: null };

describe('who may change an agreement', () => {
  it('the public: nobody without a token', () => {
    expect(() => assertMayEditAgreement(PUBLIC_READER, ['IR-02'], 'x')).toThrow(UnauthenticatedError);
  });

  it("an editor: agreements with an organization party of the editor's province", () => {
    expect(() => assertMayEditAgreement(editor('IR-02'), ['IR-02'], 'x')).not.toThrow();
    expect(() => assertMayEditAgreement(editor('IR-02'), ['IR-09', 'IR-02'], 'x')).not.toThrow();
    expect(() => assertMayEditAgreement(editor('IR-07'), ['IR-02'], 'MoU 4134')).toThrow(ForbiddenError);
    expect(() => assertMayEditAgreement(editor('IR-07'), [], 'x')).toThrow(ForbiddenError);
  });

  it('a national admin: any, with or without organization parties', () => {
    expect(() => assertMayEditAgreement(admin, ['IR-02'], 'x')).not.toThrow();
    expect(() => assertMayEditAgreement(admin, [], 'x')).not.toThrow();
  });
});

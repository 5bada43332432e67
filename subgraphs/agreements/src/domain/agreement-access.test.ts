import { ForbiddenError, PUBLIC_READER, UnauthenticatedError, type Identity } from '@hamyar/shared';
import {
  assertMayAddParty,
  assertMayChangeAgreement,
  assertMayLinkProject,
  assertMayRecordAgreement,
  registeringProvince,
} from './agreement-access';

const editor = (provinceCode: string): Identity => ({ subject: `editor@${provinceCode}`, role: 'PROVINCE_EDITOR', provinceCode });
const admin: Identity = { subject: 'admin', role: 'NATIONAL_ADMIN', provinceCode: null };

/** The Mashhad summit's Fars share: registered by Razavi Khorasan (IR-09), joint with Fars (IR-07). */
const jointSummit = { registeredBy: 'IR-09', organizationProvinces: ['IR-09', 'IR-07'] };
const national = { registeredBy: null, organizationProvinces: [] };

describe('who may record an agreement', () => {
  it('nobody without a token', () => {
    expect(() => assertMayRecordAgreement(PUBLIC_READER, ['IR-07'])).toThrow(UnauthenticatedError);
  });
  it("an editor with its own province's organization among the parties, which makes its province the registering one", () => {
    expect(() => assertMayRecordAgreement(editor('IR-07'), ['IR-07', 'IR-09'])).not.toThrow();
    expect(() => assertMayRecordAgreement(editor('IR-07'), ['IR-02', 'IR-09'])).toThrow(ForbiddenError);
    expect(() => assertMayRecordAgreement(editor('IR-07'), [])).toThrow(ForbiddenError);
    expect(registeringProvince(editor('IR-07'))).toBe('IR-07');
  });
  it('a national admin any, registered nationally', () => {
    expect(() => assertMayRecordAgreement(admin, [])).not.toThrow();
    expect(registeringProvince(admin)).toBeNull();
  });
});

describe('who may change a joint agreement itself (fields, amendment, termination)', () => {
  it('the registering province, not the other parties', () => {
    expect(() => assertMayChangeAgreement(editor('IR-09'), jointSummit, 'x')).not.toThrow();
    expect(() => assertMayChangeAgreement(editor('IR-07'), jointSummit, 'the summit MoU')).toThrow(
      new ForbiddenError('an editor of IR-07 cannot change the summit MoU, which belongs to IR-09'),
    );
    expect(() => assertMayChangeAgreement(editor('IR-02'), jointSummit, 'x')).toThrow(ForbiddenError);
  });
  it('a national admin any; one registered nationally only a national admin', () => {
    expect(() => assertMayChangeAgreement(admin, jointSummit, 'x')).not.toThrow();
    expect(() => assertMayChangeAgreement(admin, national, 'x')).not.toThrow();
    expect(() => assertMayChangeAgreement(editor('IR-25'), national, 'x')).toThrow(ForbiddenError);
  });
  it('nobody without a token', () => {
    expect(() => assertMayChangeAgreement(PUBLIC_READER, jointSummit, 'x')).toThrow(UnauthenticatedError);
  });
});

describe('who may add a party', () => {
  it("an editor of any side only its own province's bodies; a province that is no side joins through a national admin", () => {
    expect(() => assertMayAddParty(editor('IR-07'), jointSummit, 'IR-07', 'x')).not.toThrow();
    expect(() => assertMayAddParty(editor('IR-09'), jointSummit, 'IR-09', 'x')).not.toThrow();
    expect(() => assertMayAddParty(editor('IR-02'), jointSummit, 'IR-02', 'the summit MoU')).toThrow(
      new ForbiddenError('an editor of IR-02 cannot change the summit MoU: IR-02 is not among its parties'),
    );
    expect(() => assertMayAddParty(editor('IR-09'), jointSummit, 'IR-07', 'the summit MoU')).toThrow(
      new ForbiddenError("an editor of IR-09 may add to the summit MoU only its own province's bodies, not one of IR-07"),
    );
  });
  it('a body of no province: the registering province or a national admin', () => {
    expect(() => assertMayAddParty(editor('IR-09'), jointSummit, null, 'x')).not.toThrow();
    expect(() => assertMayAddParty(editor('IR-07'), jointSummit, null, 'x')).toThrow(ForbiddenError);
    expect(() => assertMayAddParty(admin, national, null, 'x')).not.toThrow();
    expect(() => assertMayAddParty(admin, jointSummit, 'IR-02', 'x')).not.toThrow();
  });
  it('nobody without a token', () => {
    expect(() => assertMayAddParty(PUBLIC_READER, jointSummit, 'IR-07', 'x')).toThrow(UnauthenticatedError);
  });
});

describe('who may link a project', () => {
  it('an editor of any side of the agreement, a national admin; nobody else', () => {
    expect(() => assertMayLinkProject(editor('IR-07'), jointSummit, 'x')).not.toThrow();
    expect(() => assertMayLinkProject(editor('IR-09'), jointSummit, 'x')).not.toThrow();
    expect(() => assertMayLinkProject(admin, national, 'x')).not.toThrow();
    expect(() => assertMayLinkProject(editor('IR-02'), jointSummit, 'x')).toThrow(ForbiddenError);
    expect(() => assertMayLinkProject(PUBLIC_READER, jointSummit, 'x')).toThrow(UnauthenticatedError);
  });
});

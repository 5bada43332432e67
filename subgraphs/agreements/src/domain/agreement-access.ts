import { assertMayEdit, assertNationalAdmin, assertSignedIn, type Identity } from '@hamyar/shared';

/**
 * Who may record or change an agreement: a national admin any; a province editor one that has a
 * cooperation organization of the editor's province among its parties (for a new agreement: among the
 * parties it is recorded with). An agreement without any cooperation-organization party is a national
 * admin's to change. `organizationProvinces` are the provinces of the agreement's organization parties.
 */
export function assertMayEditAgreement(identity: Identity, organizationProvinces: readonly string[], what: string): void {
  assertSignedIn(identity, `changing ${what}`);
  if (identity.role === 'PROVINCE_EDITOR' && identity.provinceCode !== null && organizationProvinces.includes(identity.provinceCode)) return;
  if (organizationProvinces.length === 0) {
    assertNationalAdmin(identity, `change ${what}, which has no cooperation organization among its parties`);
    return;
  }
  assertMayEdit(identity, organizationProvinces.join(', '), what);
}

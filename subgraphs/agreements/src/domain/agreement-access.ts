import { assertMayEdit, assertNationalAdmin, assertSignedIn, ForbiddenError, type Identity } from '@hamyar/shared';

/**
 * Who may change an agreement. A joint agreement belongs to several provinces at once, so "the editor's
 * province is among the parties" is not enough to decide: it would let any party rewrite, amend or end what
 * another province registered. The rule, by the kind of change:
 *
 * - **recording** a new agreement: a national admin any; a province editor one with its own province's
 *   cooperation organization among the parties, and that province becomes the agreement's registering
 *   province (a national admin's agreement is national);
 * - **agreement-level changes** (its fields, an amendment, its termination): the registering province's
 *   editors, or a national admin. An agreement registered nationally (or recorded before provinces
 *   registered their own: the seed's are the first cooperation-organization party's) is a national admin's
 *   when it has no registering province;
 * - **adding a party**: a province editor adds only its own province's bodies (its organization, a
 *   municipality of it…), and only to an agreement its province is already a side of (registering it or
 *   among its parties): no province adds another's bodies, and none joins an agreement unasked (a national
 *   admin records that). A party of no province (a national body) is added by the registering province or a
 *   national admin;
 * - **linking a project**: an editor of the registering province or of a province among its parties (each
 *   side links the projects it carries out under it), or a national admin.
 *
 * A public caller may change nothing.
 */
export interface AgreementOwnership {
  /** The registering province; null: registered nationally. */
  readonly registeredBy: string | null;
  /** The provinces of its cooperation-organization parties. */
  readonly organizationProvinces: readonly string[];
}

export function assertMayRecordAgreement(identity: Identity, organizationProvinces: readonly string[]): void {
  assertSignedIn(identity, 'recording an agreement');
  if (identity.role !== 'PROVINCE_EDITOR') return;
  if (identity.provinceCode !== null && organizationProvinces.includes(identity.provinceCode)) return;
  throw new ForbiddenError(
    `an editor of ${identity.provinceCode} may record an agreement only with its own province's cooperation organization among the parties`,
  );
}

/** The registering province of an agreement the caller records: its own, or none for a national admin. */
export function registeringProvince(identity: Identity): string | null {
  return identity.role === 'PROVINCE_EDITOR' ? identity.provinceCode : null;
}

/** Changing the agreement itself: its fields, an amendment, its termination. */
export function assertMayChangeAgreement(identity: Identity, agreement: AgreementOwnership, what: string): void {
  assertSignedIn(identity, `changing ${what}`);
  if (agreement.registeredBy === null) {
    assertNationalAdmin(identity, `change ${what}, which was registered nationally`);
    return;
  }
  assertMayEdit(identity, agreement.registeredBy, what);
}

/** Adding a party of `partyProvince` (null: a body of no province). */
export function assertMayAddParty(identity: Identity, agreement: AgreementOwnership, partyProvince: string | null, what: string): void {
  assertSignedIn(identity, `changing ${what}`);
  if (identity.role !== 'PROVINCE_EDITOR') return;
  if (partyProvince === null) {
    assertMayChangeAgreement(identity, agreement, what);
    return;
  }
  if (partyProvince !== identity.provinceCode) {
    throw new ForbiddenError(
      `an editor of ${identity.provinceCode} may add to ${what} only its own province's bodies, not one of ${partyProvince}`,
    );
  }
  assertMayLinkProject(identity, agreement, what);
}

/** Linking a project carried out under the agreement. */
export function assertMayLinkProject(identity: Identity, agreement: AgreementOwnership, what: string): void {
  assertSignedIn(identity, `changing ${what}`);
  if (identity.role !== 'PROVINCE_EDITOR') return;
  const sides = new Set([...(agreement.registeredBy ? [agreement.registeredBy] : []), ...agreement.organizationProvinces]);
  if (identity.provinceCode !== null && sides.has(identity.provinceCode)) return;
  throw new ForbiddenError(
    `an editor of ${identity.provinceCode} cannot change ${what}: ${identity.provinceCode} is not among its parties`,
  );
}

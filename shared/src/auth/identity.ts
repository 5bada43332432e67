import { ForbiddenError, UnauthenticatedError } from '../errors/errors';

/**
 * Who is calling. The public reads without a token; a province editor writes its own province's records;
 * a national admin writes everything. The seed of the source record acts as its own role, so history shows
 * which facts came from the record and which from people.
 */
export type Role = 'PUBLIC' | 'PROVINCE_EDITOR' | 'NATIONAL_ADMIN' | 'SEED';

export interface Identity {
  readonly subject: string | null;
  readonly role: Role;
  /** The province an editor may write; null for every other role. */
  readonly provinceCode: string | null;
}

export const PUBLIC_READER: Identity = { subject: null, role: 'PUBLIC', provinceCode: null };
export const SOURCE_RECORD_SEED: Identity = { subject: 'source-record', role: 'SEED', provinceCode: null };
/** A correction of the seeded record, shipped as a migration: it acts as the record, with a reason. */
export const SOURCE_RECORD_CORRECTION: Identity = { subject: 'source-record-correction', role: 'SEED', provinceCode: null };

/** Throws UNAUTHENTICATED for the public: checked before any lookup a write needs. */
export function assertSignedIn(identity: Identity, what: string): void {
  if (identity.role === 'PUBLIC') throw new UnauthenticatedError(`${what} needs a token of a province editor or a national admin`);
}

/** Throws unless the caller may change records of `provinceCode`; `what` names the record for the message. */
export function assertMayEdit(identity: Identity, provinceCode: string, what: string): void {
  if (identity.role === 'NATIONAL_ADMIN' || identity.role === 'SEED') return;
  if (identity.role === 'PUBLIC') throw new UnauthenticatedError(`changing ${what} needs a token of a province editor or a national admin`);
  if (identity.provinceCode !== provinceCode) {
    throw new ForbiddenError(`an editor of ${identity.provinceCode} cannot change ${what}, which belongs to ${provinceCode}`);
  }
}

export function assertNationalAdmin(identity: Identity, what: string): void {
  if (identity.role === 'NATIONAL_ADMIN' || identity.role === 'SEED') return;
  if (identity.role === 'PUBLIC') throw new UnauthenticatedError(`${what} needs a national admin's token`);
  throw new ForbiddenError(`only a national admin may ${what}`);
}

import { randomUUID } from 'node:crypto';
import {
  assertSignedIn,
  auditedFields,
  BadUserInputError,
  diffFields,
  parseDateInput,
  parseId,
  runMutation,
  type FieldChanges,
  type Mutation,
} from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import { AgreementAmendmentEntity, AgreementAreaEntity, AgreementEntity, AgreementPartyEntity, AgreementProjectEntity } from '../entities';
import {
  assertMayAddParty,
  assertMayChangeAgreement,
  assertMayLinkProject,
  assertMayRecordAgreement,
  registeringProvince,
  type AgreementOwnership,
} from '../domain/agreement-access';
import type { DateInputValue } from '../domain/agreement-filter';
import {
  applyAgreementChanges,
  parseAgreementChanges,
  parseCreateAgreement,
  type AgreementFields,
  type CreateAgreementInput,
  type UpdateAgreementInput,
} from '../domain/agreement-input';
import {
  assertAmendable,
  assertDistinctParties,
  MAX_DESCRIPTION_LENGTH,
  organizationProvinces as organizationProvincesOfParties,
  parseParty,
  partiesForHistory,
  requiredText,
  termination,
  withOrganizationProvince,
  type AgreementPartyInput,
  type Party,
} from '../domain/agreement-rules';
import { agreementSearchText } from '../domain/agreement-search-text';
import type { AgreementsContext } from '../loaders';
import { assertAreasExist, assertEventExists, assertProjectsExist, organizationProvinces } from './references';

/**
 * The agreement mutations. Each checks its input (rules in ../domain), asks other subgraphs about the
 * entities it refers to (one call per subgraph), and then writes in one transaction (runMutation): the
 * agreement is locked, the caller's right to change it is checked against its parties, then its version
 * against the one the caller read; the change, its new version and its history row are written together
 * or not at all.
 */

const RECORD = 'Agreement';

export async function createAgreement(ctx: AgreementsContext, input: CreateAgreementInput): Promise<AgreementEntity> {
  assertSignedIn(ctx.identity, 'recording an agreement');
  const draft = parseCreateAgreement(input);
  const provinces = await organizationProvinces(
    ctx,
    draft.parties.flatMap((party, i) =>
      party.organizationId ? [{ id: party.organizationId, field: `input.parties[${i}].organizationId` }] : [],
    ),
  );
  const parties = draft.parties.map((party, i) =>
    party.organizationId ? withOrganizationProvince(party, provinces.get(party.organizationId)!, `input.parties[${i}]`) : party,
  );
  assertMayRecordAgreement(ctx.identity, organizationProvincesOfParties(parties));
  await assertProjectsExist(
    ctx,
    draft.projectIds.map((id, i) => ({ id, field: `input.projectIds[${i}]` })),
  );

  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    if (draft.fields.eventId) await assertEventExists(m.manager, draft.fields.eventId, 'input.eventId');
    await assertAreasExist(m.manager, draft.areaCodes, 'input.areaCodes');
    const id = randomUUID();
    const agreement = await m.create(
      AgreementEntity,
      RECORD,
      {
        id,
        ...draft.fields,
        terminatedOn: null,
        terminationReason: null,
        isSynthetic: false,
        searchText: agreementSearchText(draft.fields),
        registeredBy: registeringProvince(ctx.identity),
      },
      { parties: partiesForHistory(parties), areas: [...draft.areaCodes], projects: [...draft.projectIds] },
    );
    await insertParties(m.manager, id, parties, 0);
    if (draft.areaCodes.length > 0) {
      await m.manager.insert(
        AgreementAreaEntity,
        draft.areaCodes.map((areaCode, position) => ({ agreementId: id, areaCode, position })),
      );
    }
    if (draft.projectIds.length > 0) {
      await m.manager.insert(
        AgreementProjectEntity,
        draft.projectIds.map((projectId) => ({ id: randomUUID(), agreementId: id, projectId })),
      );
    }
    return agreement;
  });
}

export async function updateAgreement(
  ctx: AgreementsContext,
  args: { id: string; version: number; input: UpdateAgreementInput },
): Promise<AgreementEntity> {
  assertSignedIn(ctx.identity, 'changing an agreement');
  const id = parseId(args.id, 'id');
  const changes = parseAgreementChanges(args.input);
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const { current } = await lockForEdit(m, id, args.version, (ownership) =>
      assertMayChangeAgreement(ctx.identity, ownership, `agreement ${id}`),
    );
    const columns = applyAgreementChanges(current, changes);
    if (columns.eventId) await assertEventExists(m.manager, columns.eventId, 'input.eventId');
    const linked = changes.areaCodes ? await replaceAreas(m.manager, id, changes.areaCodes, 'input.areaCodes') : {};
    return commit(m, current, columns, linked);
  });
}

export async function addAgreementParty(
  ctx: AgreementsContext,
  args: { agreementId: string; version: number; party: AgreementPartyInput },
): Promise<AgreementEntity> {
  assertSignedIn(ctx.identity, 'changing an agreement');
  const id = parseId(args.agreementId, 'agreementId');
  let party = parseParty(args.party, 'party');
  if (party.organizationId) {
    const provinces = await organizationProvinces(ctx, [{ id: party.organizationId, field: 'party.organizationId' }]);
    party = withOrganizationProvince(party, provinces.get(party.organizationId)!, 'party');
  }
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const { current, parties } = await lockForEdit(m, id, args.version, (ownership) =>
      assertMayAddParty(ctx.identity, ownership, party.provinceCode, `agreement ${id}`),
    );
    assertDistinctParties([party], () => 'party', parties);
    await insertParties(m.manager, id, [party], Math.max(-1, ...parties.map((p) => p.position)) + 1);
    return m.touch(AgreementEntity, RECORD, current, {
      parties: { before: partiesForHistory(parties), after: partiesForHistory([...parties, party]) },
    });
  });
}

export async function linkAgreementProject(
  ctx: AgreementsContext,
  args: { agreementId: string; version: number; projectId: string },
): Promise<AgreementEntity> {
  assertSignedIn(ctx.identity, 'changing an agreement');
  const id = parseId(args.agreementId, 'agreementId');
  const projectId = parseId(args.projectId, 'projectId');
  await assertProjectsExist(ctx, [{ id: projectId, field: 'projectId' }]);
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const { current } = await lockForEdit(m, id, args.version, (ownership) =>
      assertMayLinkProject(ctx.identity, ownership, `agreement ${id}`),
    );
    const links = await m.manager.find(AgreementProjectEntity, { where: { agreementId: id }, order: { projectId: 'ASC' } });
    const before = links.map((link) => link.projectId);
    if (before.includes(projectId)) {
      throw new BadUserInputError('projectId', 'the project is already linked to this agreement', 'طرح مرتبط');
    }
    await m.manager.insert(AgreementProjectEntity, { id: randomUUID(), agreementId: id, projectId });
    return m.touch(AgreementEntity, RECORD, current, { projects: { before, after: [...before, projectId] } });
  });
}

export interface AmendAgreementInput {
  readonly amendedOn: DateInputValue;
  readonly summary: string;
  readonly titleFa?: string | null;
  readonly titleEn?: string | null;
  readonly description?: string | null;
  readonly areaCodes?: readonly string[] | null;
  readonly expectedJobs?: number | null;
}

export async function amendAgreement(
  ctx: AgreementsContext,
  args: { agreementId: string; version: number; input: AmendAgreementInput },
): Promise<AgreementEntity> {
  assertSignedIn(ctx.identity, 'amending an agreement');
  const id = parseId(args.agreementId, 'agreementId');
  const { amendedOn: amendedOnInput, summary: summaryInput, ...edits } = args.input;
  const amendedOn = parseDateInput(amendedOnInput, 'input.amendedOn');
  const summary = requiredText(summaryInput, 'input.summary', 'خلاصهٔ اصلاحیه', MAX_DESCRIPTION_LENGTH);
  const changes = parseAgreementChanges(edits);
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const { current } = await lockForEdit(m, id, args.version, (ownership) =>
      assertMayChangeAgreement(ctx.identity, ownership, `agreement ${id}`),
    );
    assertAmendable(current, amendedOn, 'input.amendedOn');
    const columns = applyAgreementChanges(current, changes);
    const linked = changes.areaCodes ? await replaceAreas(m.manager, id, changes.areaCodes, 'input.areaCodes') : {};
    const earlier = await m.manager.find(AgreementAmendmentEntity, {
      where: { agreementId: id },
      order: { amendedOn: 'ASC', agreementVersion: 'ASC' },
    });
    const amendment = { id: randomUUID(), agreementId: id, amendedOn, summary, agreementVersion: current.version + 1 };
    await m.manager.insert(AgreementAmendmentEntity, amendment);
    const listed = (rows: readonly { amendedOn: string; summary: string }[]) =>
      rows.map((a) => ({ amendedOn: a.amendedOn, summary: a.summary }));
    return commit(m, current, columns, { ...linked, amendments: { before: listed(earlier), after: listed([...earlier, amendment]) } });
  });
}

export async function terminateAgreement(
  ctx: AgreementsContext,
  args: { agreementId: string; version: number; terminatedOn: DateInputValue; reason: string },
): Promise<AgreementEntity> {
  assertSignedIn(ctx.identity, 'terminating an agreement');
  const id = parseId(args.agreementId, 'agreementId');
  const terminatedOn = parseDateInput(args.terminatedOn, 'terminatedOn');
  requiredText(args.reason, 'reason', 'دلیل خاتمه', MAX_DESCRIPTION_LENGTH);
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const { current } = await lockForEdit(m, id, args.version, (ownership) =>
      assertMayChangeAgreement(ctx.identity, ownership, `agreement ${id}`),
    );
    return m.update(AgreementEntity, RECORD, current, termination(current, terminatedOn, args.reason));
  });
}

/**
 * Locks the agreement and checks, in this order, that it exists (NOT_FOUND), that the caller may make this
 * change (FORBIDDEN: `authorize`, one of the rules of ../domain/agreement-access, on its registering province
 * and its parties), and that it is still at the version the caller edited (CONFLICT). The parties are read
 * just before the lock: every change of them steps the version, so when the version check passes they are
 * the parties of that very version.
 */
async function lockForEdit(m: Mutation, id: string, version: number, authorize: (ownership: AgreementOwnership) => void) {
  const parties = await m.manager.find(AgreementPartyEntity, { where: { agreementId: id }, order: { position: 'ASC' } });
  const current = await m.lock(AgreementEntity, RECORD, id, version, (locked) =>
    authorize({ registeredBy: locked.registeredBy, organizationProvinces: organizationProvincesOfParties(parties) }),
  );
  return { current, parties };
}

async function insertParties(manager: EntityManager, agreementId: string, parties: readonly Party[], firstPosition: number): Promise<void> {
  if (parties.length === 0) return;
  await manager.insert(
    AgreementPartyEntity,
    parties.map((party, i) => ({ id: randomUUID(), agreementId, ...party, position: firstPosition + i })),
  );
}

/** Replaces the agreement's cooperation areas; returns the change for history (none when the list is the same). */
async function replaceAreas(manager: EntityManager, agreementId: string, codes: readonly string[], field: string): Promise<FieldChanges> {
  const before = (await manager.find(AgreementAreaEntity, { where: { agreementId }, order: { position: 'ASC' } })).map((a) => a.areaCode);
  if (JSON.stringify(before) === JSON.stringify(codes)) return {};
  await assertAreasExist(manager, codes, field);
  await manager.delete(AgreementAreaEntity, { agreementId });
  if (codes.length > 0)
    await manager.insert(
      AgreementAreaEntity,
      codes.map((areaCode, position) => ({ agreementId, areaCode, position })),
    );
  return { areas: { before, after: [...codes] } };
}

/**
 * Writes an edit as one new version: the changed columns (and the search text they imply), and in the
 * same history row the changes of the agreement's parts kept in other tables (areas, amendments). The
 * shared Mutation records either column changes (update) or part changes (touch); an edit of both is
 * written as the columns without a version step, then one touch that steps the version and records both.
 */
async function commit(
  m: Mutation,
  current: AgreementEntity,
  columns: Partial<AgreementFields>,
  linked: FieldChanges,
): Promise<AgreementEntity> {
  const next: Record<string, unknown> & AgreementEntity = { ...current, ...columns };
  const searchText = agreementSearchText(next);
  const writes: Partial<AgreementEntity> = searchText !== current.searchText ? { ...columns, searchText } : { ...columns };
  if (Object.keys(linked).length === 0) return m.update(AgreementEntity, RECORD, current, writes);
  const fieldChanges = { ...diffFields({ ...current }, next, auditedFields(m.manager.connection.getMetadata(AgreementEntity))), ...linked };
  if (Object.keys(writes).length > 0) await m.manager.update(AgreementEntity, { id: current.id }, { ...writes, version: current.version });
  return m.touch(AgreementEntity, RECORD, current, fieldChanges);
}

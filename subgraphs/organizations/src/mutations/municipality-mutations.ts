import { randomUUID } from 'node:crypto';
import { assertMayEdit, NotFoundError, parseId, parseProvinceCode, runMutation, type Mutation } from '@hamyar/shared';
import { MunicipalityEntity } from '../entities';
import {
  assertNameFree,
  assertOneCapital,
  municipalityChanges,
  newMunicipality,
  type MunicipalityCreateInput,
  type MunicipalityUpdateInput,
} from '../domain/municipality';
import { parseSource, type SourceInput } from '../domain/source';
import type { OrganizationsContext } from '../loaders';
import { cite, lockForEdit, requireSignedIn } from './access';

export function createMunicipality(ctx: OrganizationsContext, args: { input: MunicipalityCreateInput & { source?: SourceInput | null } }) {
  requireSignedIn(ctx.identity, 'adding a municipality');
  const provinceCode = parseProvinceCode(args.input.provinceCode, 'input.provinceCode');
  assertMayEdit(ctx.identity, provinceCode, `the municipalities of ${provinceCode}`);
  const fields = newMunicipality(args.input);
  const source = args.input.source ? parseSource(args.input.source, 'input.source') : null;
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    await lockProvince(m, provinceCode);
    const id = randomUUID();
    await assertProvinceRules(m, provinceCode, id, fields);
    const created = await m.create(MunicipalityEntity, 'Municipality', { id, ...fields } as Omit<MunicipalityEntity, 'version'>);
    await cite(m, 'Municipality', id, source);
    return created;
  });
}

export function updateMunicipality(ctx: OrganizationsContext, args: { id: string; version: number; input: MunicipalityUpdateInput }) {
  requireSignedIn(ctx.identity, 'changing a municipality');
  const id = parseId(args.id, 'id');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const current = await lockForEdit(
      m,
      { entity: MunicipalityEntity, recordType: 'Municipality', id, version: args.version, field: 'id' },
      (row) => row.provinceCode,
      (row) => `the municipalities of ${row.provinceCode}`,
    );
    const changes = municipalityChanges(current, args.input);
    await lockProvince(m, current.provinceCode);
    await assertProvinceRules(m, current.provinceCode, id, { ...current, ...changes });
    return m.update(MunicipalityEntity, 'Municipality', current, changes);
  });
}

/**
 * Serialises the changes of one province's municipalities, so the province rules read next (one capital,
 * no two of one name) hold when two editors add municipalities at once.
 */
async function lockProvince(m: Mutation, code: string): Promise<void> {
  const rows: unknown[] = await m.manager.query(`SELECT code FROM province WHERE code = $1 FOR UPDATE`, [code]);
  if (rows.length === 0) throw new NotFoundError('Province', code, 'input.provinceCode');
}

async function assertProvinceRules(
  m: Mutation,
  provinceCode: string,
  id: string,
  municipality: Pick<MunicipalityEntity, 'nameFa' | 'isProvincialCapital'>,
) {
  const others: { name_fa: string; is_provincial_capital: boolean }[] = await m.manager.query(
    `SELECT name_fa, is_provincial_capital FROM municipality WHERE province_code = $1 AND id <> $2 ORDER BY name_fa`,
    [provinceCode, id],
  );
  assertNameFree(
    municipality.nameFa,
    others.map((o) => o.name_fa),
  );
  assertOneCapital(municipality.isProvincialCapital, others.find((o) => o.is_provincial_capital)?.name_fa ?? null);
}

import { assertMayEdit, assertSignedIn, parseId, runMutation } from '@hamyar/shared';
import { INITIATIVE_RECORD, SmartCityInitiativeEntity, type SmartCityStatus } from '../entities';
import { assertStatusTransition } from '../domain/status';
import type { FarsSmartCityContext } from '../loaders';
import { PROVINCE_CODE } from '../seed';

export const Mutation = {
  /** One transaction with its history row; an editor of Fars or a national admin; CONFLICT on a stale version. */
  async farsChangeSmartCityInitiativeStatus(
    _: unknown,
    args: { id: string; version: number; status: SmartCityStatus },
    ctx: FarsSmartCityContext,
  ) {
    assertSignedIn(ctx.identity, 'changing a smart-city initiative');
    const id = parseId(args.id, 'id');
    return runMutation(ctx.dataSource, ctx.identity, async (m) => {
      const current = await m.lock(SmartCityInitiativeEntity, INITIATIVE_RECORD, id, args.version, (initiative) =>
        assertMayEdit(ctx.identity, PROVINCE_CODE, `the smart-city initiative "${initiative.titleFa}"`),
      );
      assertStatusTransition(current.status, args.status);
      return m.update(SmartCityInitiativeEntity, INITIATIVE_RECORD, current, { status: args.status });
    });
  },
};

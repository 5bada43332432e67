import type { ConnectionArgs, Grouping, PageRequest } from '@hamyar/shared';
import { AgreementEntity } from '../entities';
import type { AgreementsContext } from '../loaders';

/** Every agreement list is newest first, undated last; the id breaks ties so cursors are exact. */
export const AGREEMENT_ORDER = { orderBy: ['signed_order', 'id'], descending: true } as const;

/** A nested agreement list, batched across all parents of a request into one statement. */
export function agreementsOf(field: string, grouping: (keys: readonly string[]) => Grouping) {
  return (key: string, args: ConnectionArgs, ctx: AgreementsContext) =>
    ctx.loaders.connections.load(field, args, key, (keys, page: PageRequest) => ({
      entity: AgreementEntity,
      grouping: grouping(keys),
      ...AGREEMENT_ORDER,
      page,
    }));
}

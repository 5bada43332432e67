import { nodeColumns, type ConnectionArgs, type Grouping } from '@hamyar/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { agreementConditions, agreementSort, type AgreementFilterInput, type AgreementOrderInput } from '../domain/agreement-filter';
import { AgreementEntity } from '../entities';
import type { AgreementsContext } from '../loaders';
import { AGREEMENT_COLUMNS } from './agreement-columns';

/** The arguments of every agreement list: a page, a filter and an order. */
export interface AgreementListArgs extends ConnectionArgs {
  readonly filter?: AgreementFilterInput | null;
  readonly orderBy?: AgreementOrderInput | null;
}

/**
 * A nested agreement list, batched across all parents of a request into one statement per field and
 * arguments (the loader's key includes the filter and order). The filter is checked before anything is
 * loaded, so a bad value fails with its field named, not inside the batch.
 */
export function agreementsOf(field: string, grouping: (keys: readonly string[]) => Grouping) {
  return (key: string, args: AgreementListArgs, ctx: AgreementsContext, info: GraphQLResolveInfo) => {
    const sort = agreementSort(args.orderBy);
    const where = agreementConditions(args.filter, 'filter', sort);
    return ctx.loaders.connections.load(
      field,
      args,
      key,
      (keys, page) => ({ entity: AgreementEntity, grouping: grouping(keys), ...sort, where, page }),
      nodeColumns(info, AGREEMENT_COLUMNS),
    );
  };
}

import { NotFoundError, loadList, pageRequest, parseId, type ConnectionArgs } from '@hamyar/shared';
import { InvestmentProjectEntity } from '../entities';
import type { ProjectsContext } from '../loaders';

export const Query = {
  async project(_: unknown, args: { id: string }, ctx: ProjectsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.project.load(id)) ?? Promise.reject(new NotFoundError('InvestmentProject', id, 'id'));
  },
  projects(_: unknown, args: ConnectionArgs, ctx: ProjectsContext) {
    return loadList(ctx.dataSource, { entity: InvestmentProjectEntity, orderBy: ['title_fa', 'id'], page: pageRequest(args) });
  },
};

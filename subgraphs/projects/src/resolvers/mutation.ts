import type { ProjectsContext } from '../loaders';
import * as mutations from '../mutations/project-mutations';

/** A write of ../mutations as a resolver: its GraphQL arguments in, the changed record out. */
const resolve =
  <Args, Result>(write: (ctx: ProjectsContext, args: Args) => Promise<Result>) =>
  (_: unknown, args: Args, ctx: ProjectsContext) =>
    write(ctx, args);

export const Mutation = {
  createProject: resolve(mutations.createProject),
  updateProject: resolve(mutations.updateProject),
  changeProjectStatus: resolve(mutations.changeProjectStatus),
  recordProjectMilestone: resolve(mutations.recordProjectMilestone),
  recordProjectProgress: resolve(mutations.recordProjectProgress),
};

import type { GraphQLFormattedError } from 'graphql';

/**
 * The representations of one entity fetch, each sent once: a query that reaches the same entity from many
 * parents (the organization of 50 projects) asks the subgraph about it once, and every parent gets the answer.
 */
export class DistinctRepresentations {
  /** For each original position, the position of its representation among the distinct ones. */
  private readonly positions: number[] = [];
  readonly distinct: unknown[] = [];

  constructor(representations: readonly unknown[]) {
    const seen = new Map<string, number>();
    for (const representation of representations) {
      const key = JSON.stringify(representation);
      let position = seen.get(key);
      if (position === undefined) {
        position = this.distinct.length;
        seen.set(key, position);
        this.distinct.push(representation);
      }
      this.positions.push(position);
    }
  }

  get hasDuplicates(): boolean {
    return this.distinct.length < this.positions.length;
  }

  /** The subgraph's `_entities` for the distinct representations, back in the order the gateway asked. */
  expandEntities(entities: readonly unknown[]): unknown[] {
    const used = new Set<number>();
    return this.positions.map((position) => {
      const entity = entities[position];
      // The gateway merges each answer into its parent: a repeated answer is a copy, so no two parents share it.
      if (used.has(position) && entity !== null && typeof entity === 'object') return structuredClone(entity);
      used.add(position);
      return entity;
    });
  }

  /** An error about `_entities.N` of the distinct list is an error about every position that asked for N. */
  expandErrors(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
    return errors.flatMap((error) => {
      const path = error.path;
      if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
      const distinctPosition = path[1];
      const copies: GraphQLFormattedError[] = [];
      this.positions.forEach((position, original) => {
        if (position === distinctPosition) copies.push({ ...error, path: ['_entities', original, ...path.slice(2)] });
      });
      return copies.length ? copies : [error];
    });
  }
}

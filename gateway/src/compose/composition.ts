import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

// Composition alone, importing nothing of this repository's packages: the registry runs it in a worker
// thread, which loads this module on its own.

export interface SubgraphSource {
  readonly name: string;
  readonly routingUrl: string;
  readonly sdl: string;
}

export class CompositionError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(`Composition failed:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/** Composes the subgraphs with Apollo's composition library; the result is a standard Federation 2 supergraph. */
export function composeSupergraph(sources: readonly SubgraphSource[]): string {
  const result = composeServices(sources.map((s) => ({ name: s.name, url: s.routingUrl, typeDefs: parse(s.sdl) })));
  if (result.errors && result.errors.length > 0) throw new CompositionError(result.errors.map((e) => e.message));
  return result.supergraphSdl!;
}

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LimitExceededError, type LimitName } from './limit-exceeded-error';
import { operationCost } from './operation-cost';
import type { OperationLimits } from './request-safety-config';

/**
 * Refuses an operation past a limit after it parsed and validated and before the gateway plans it (or a
 * subgraph runs it): depth, aliases and directives with GraphQL Armor's rules, root fields, string lengths and
 * the price (operation-cost.ts). The token limit is graphql-js's own (`parseOptions.maxTokens`), the body
 * limit the JSON body parser's; both are reported in the same shape (see limit-errors.ts).
 *
 * What depends only on the document is checked once per document (Apollo keeps parsed documents), what
 * depends on variables — strings, and the price when a variable sets a page — on every request.
 */
export function operationLimitsPlugin<TContext extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  const documentVerdicts = new WeakMap<DocumentNode, LimitExceededError | null>();
  const prices = new OperationPrices();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          let verdict = documentVerdicts.get(document);
          if (verdict === undefined) {
            verdict = checkDocument(schema, document, limits);
            documentVerdicts.set(document, verdict);
          }
          if (verdict) throw verdict;
          if (!operation) return;
          const variables = request.variables ?? {};
          const rootFields = countRootFields(operation.selectionSet, document);
          if (rootFields > limits.rootFields) throw new LimitExceededError('rootFields', limits.rootFields, rootFields);
          const longest = longestString(variables);
          if (longest > limits.stringLength) throw new LimitExceededError('stringLength', limits.stringLength, longest);
          const cost = refusedAs400(() => prices.of(schema, document, operation, variables));
          if (cost > limits.cost) throw new LimitExceededError('cost', limits.cost, cost);
        },
      };
    },
  };
}

/**
 * Prices of operations, kept for those whose price no variable can change: pricing reads a variable only for
 * a page size or cursor (`first: $n`), so a pricing that read none gives the same price for any variables, and
 * is kept per schema and operation node (the node of Apollo's kept document: an edited text is another
 * document, a new supergraph another schema; both are weak keys, gone with the document or schema). One that
 * read a variable, or refused, is priced again at every request.
 */
class OperationPrices {
  private readonly fixed = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, number>>();

  of(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
    let forSchema = this.fixed.get(schema);
    if (!forSchema) this.fixed.set(schema, (forSchema = new WeakMap()));
    const known = forSchema.get(operation);
    if (known !== undefined) return known;
    let readVariable = false;
    const watched = new Proxy(variables, {
      get(target, name, receiver) {
        readVariable = true;
        return Reflect.get(target, name, receiver);
      },
    });
    const price = operationCost(schema, document, operation, watched);
    if (!readVariable) forSchema.set(operation, price);
    return price;
  }
}

/** A plugin's error is a 500 unless it says otherwise; a page size or cursor refused here is the client's. */
function refusedAs400<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
  }
}

/** Armor's rules report through a callback instead of into the validation result; the first breach wins. */
function checkDocument(schema: GraphQLSchema, document: DocumentNode, limits: OperationLimits): LimitExceededError | null {
  let breach: LimitExceededError | null = null;
  const onReject = (limit: LimitName, max: number) => [
    (_context: unknown, error: GraphQLError) => {
      breach ??= new LimitExceededError(limit, max, foundIn(error.message));
    },
  ];
  const armor = { propagateOnRejection: false, exposeLimits: true };
  validate(schema, document, [
    maxDepthRule({ ...armor, n: limits.depth, flattenFragments: true, onReject: onReject('depth', limits.depth) }),
    maxAliasesRule({ ...armor, n: limits.aliases, onReject: onReject('aliases', limits.aliases) }),
    maxDirectivesRule({ ...armor, n: limits.directives, onReject: onReject('directives', limits.directives) }),
  ]);
  if (breach) return breach;
  let longest = 0;
  visit(document, {
    StringValue(node) {
      longest = Math.max(longest, node.value.length);
    },
  });
  return longest > limits.stringLength ? new LimitExceededError('stringLength', limits.stringLength, longest) : null;
}

/** Armor's messages end "…, found N." */
function foundIn(message: string): number | undefined {
  const match = /found (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Fields at the root, aliases included, through fragments spread at the root. */
function countRootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, document, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment && fragment.kind === Kind.FRAGMENT_DEFINITION) count += countRootFields(fragment.selectionSet, document, seen);
    }
  }
  return count;
}

/** The longest string anywhere in the variables, however deeply nested (walked without recursion). */
function longestString(variables: unknown): number {
  let longest = 0;
  const pending: unknown[] = [variables];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') longest = Math.max(longest, value.length);
    else if (value !== null && typeof value === 'object') pending.push(...(Array.isArray(value) ? value : Object.values(value)));
  }
  return longest;
}

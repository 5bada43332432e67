import { encodeCursor } from '@hamyar/shared';
import { sha256Hex } from '../../gateway/src/persisted-operations/manifest';

/**
 * The classes of hostile request a gateway must refuse by itself, before planning, with the status and code
 * each must get and the limit it names. Shared by the attack suite on an in-process gateway and the one over
 * real processes.
 */

export interface Answer {
  status: number;
  codes: string[];
  messages: string[];
  limit?: { name: string; max: number; found?: number };
  hasData: boolean;
}

export interface HostileRequest {
  send(): Promise<Answer>;
  readonly status: number;
  readonly code: string;
  readonly limit?: string;
}

export async function send(url: string, body: string, contentType = 'application/json'): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body });
  const json = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; limit?: Answer['limit'] } }[];
  };
  return {
    status: response.status,
    codes: (json.errors ?? []).map((e) => String(e.extensions?.code)),
    messages: (json.errors ?? []).map((e) => e.message),
    limit: json.errors?.[0]?.extensions?.limit,
    hasData: json.data !== undefined && json.data !== null,
  };
}

const nest = (levels: number) => {
  let inner = 'title';
  for (let i = 0; i < levels; i++) inner = `organization { projects { nodes { ${inner} } } }`;
  return `{ provinces { nodes { ${inner} } } }`;
};

/**
 * Each hostile class, sent to the gateway at `gatewayUrl()` (in production posture, with the default limits); the
 * safelist classes go to `safelistedUrl()`, a gateway in safelist mode, when there is one.
 */
export function hostileRequests(gatewayUrl: () => string, safelistedUrl?: () => string): Record<string, HostileRequest> {
  const operation = (query: string, variables?: Record<string, unknown>) => send(gatewayUrl(), JSON.stringify({ query, variables }));
  const requests: Record<string, HostileRequest> = {
    deep: { send: () => operation(nest(5)), status: 400, code: 'MAX_DEPTH_LIMIT', limit: 'depth' },
    wide: {
      send: () =>
        operation(`{ ${Array.from({ length: 11 }, (_, i) => `p${i}: province(code: "IR-0${(i % 9) + 1}") { code }`).join(' ')} }`),
      status: 400,
      code: 'MAX_ROOT_FIELDS_LIMIT',
      limit: 'rootFields',
    },
    aliased: {
      send: () => operation(`{ province(code: "IR-02") { ${Array.from({ length: 16 }, (_, i) => `a${i}: nameFa`).join(' ')} } }`),
      status: 400,
      code: 'MAX_ALIASES_LIMIT',
      limit: 'aliases',
    },
    'cyclic fragments': {
      send: () =>
        operation(`{ provinces { ...A } } fragment A on ProvinceConnection { totalCount ...B } fragment B on ProvinceConnection { ...A }`),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    'directive flood': {
      send: () => operation(`{ province(code: "IR-02") { ${'code @skip(if: false) '.repeat(51)} } }`),
      status: 400,
      code: 'MAX_DIRECTIVES_LIMIT',
      limit: 'directives',
    },
    'too many tokens': {
      send: () => operation(`{ province(code: "IR-02") { ${'code '.repeat(1_001)} } }`),
      status: 400,
      code: 'MAX_TOKENS_LIMIT',
      limit: 'tokens',
    },
    'huge first': { send: () => operation(`{ provinces(first: 1000000) { totalCount } }`), status: 400, code: 'BAD_USER_INPUT' },
    'a price over the cost limit': {
      send: () => operation(`{ provinces(first: 100) { nodes { organization { projects(first: 100) { nodes { title } } } } } }`),
      status: 400,
      code: 'COST_LIMIT',
      limit: 'cost',
    },
    'long strings': {
      send: () => operation(`query($q: String) { provinces(search: $q) { totalCount } }`, { q: 'ا'.repeat(10_001) }),
      status: 400,
      code: 'MAX_STRING_LENGTH_LIMIT',
      limit: 'stringLength',
    },
    'a long string literal': {
      send: () => operation(`{ provinces(search: "${'x'.repeat(10_001)}") { totalCount } }`),
      status: 400,
      code: 'MAX_STRING_LENGTH_LIMIT',
      limit: 'stringLength',
    },
    'malformed JSON': { send: () => send(gatewayUrl(), '{"query": "{ provinces { totalCount } }"'), status: 400, code: 'BAD_REQUEST' },
    'wrong content type': {
      send: () => send(gatewayUrl(), '{ provinces { totalCount } }', 'text/plain'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    'a form post': {
      send: () => send(gatewayUrl(), 'query=%7B__typename%7D', 'application/x-www-form-urlencoded'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    'oversized body': {
      send: () => operation(`{ __typename }`, { padding: 'x'.repeat(2_000_001) }),
      status: 413,
      code: 'BODY_TOO_LARGE',
      limit: 'bodyBytes',
    },
    'unicode-heavy strings': {
      // 6,000 emoji are 12,000 UTF-16 units: past the string limit however few they look.
      send: () => operation(`query($q: String) { provinces(search: $q) { totalCount } }`, { q: '😀'.repeat(6_000) }),
      status: 400,
      code: 'MAX_STRING_LENGTH_LIMIT',
    },
    'unicode in names': { send: () => operation(`{ استان‌ها { totalCount } }`), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    'tampered cursor': {
      send: () => operation(`{ provinces(after: "'; DROP TABLE provinces; --") { totalCount } }`),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    'tampered cursor in a variable': {
      send: () =>
        operation(`query($c: String) { provinces(first: 5, before: $c) { totalCount } }`, { c: encodeCursor(['x']).slice(2) + '!' }),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    'introspection in production': {
      send: () => operation(`{ __schema { types { name } } }`),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    'a batch while batching is off': {
      send: () => send(gatewayUrl(), JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
      status: 400,
      code: 'BAD_REQUEST',
    },
  };
  if (safelistedUrl) {
    Object.assign(requests, {
      'an unregistered operation in safelist mode': {
        send: () => send(safelistedUrl(), JSON.stringify({ query: '{ provinces { totalCount } }' })),
        status: 400,
        code: 'PERSISTED_QUERY_NOT_IN_LIST',
      },
      'an unknown hash in safelist mode': {
        send: () =>
          send(
            safelistedUrl(),
            JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ __typename }') } } }),
          ),
        status: 400,
        code: 'PERSISTED_QUERY_NOT_IN_LIST',
      },
    });
  }
  return requests;
}

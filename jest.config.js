/**
 * One Jest run for the whole repository, in two tiers:
 * - unit: the rules beside the code they check (shared/src, subgraphs' and the gateway's src): no processes,
 *   no database; `npm run test:unit` runs only these, in seconds.
 * - integration: test/ and each subgraph's test/, which start real subgraphs and gateways over HTTP.
 * `npm test` runs both.
 */
/** SWC's settings for a tier; `lazy` defers each package import until its first use. */
const swcTransform = (lazy) => [
  '@swc/jest',
  {
    // Type checking is `npm run typecheck`'s job; tests only need the code transpiled, fast. TypeORM reads
    // column types from decorator metadata, so decorators stay legacy with metadata, as tsconfig has them.
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs', lazy },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Jest's runtime with V8's code cache kept per worker (test/support/code-cached-runtime.js): each file still
  // evaluates its modules afresh, only compiles them from the cache (Postgres suite: 320 s of CPU instead of
  // 345). HAMYAR_TEST_CODE_CACHE=off runs Jest's own runtime, to compare or to rule the cache out.
  ...(process.env.HAMYAR_TEST_CODE_CACHE === 'off' ? {} : { runtime: '<rootDir>/test/support/code-cached-runtime.js' }),
  // Tests run against the sources: no build step between an edit and a test run.
  moduleNameMapper: { '^@hamyar/shared$': '<rootDir>/shared/src/index.ts' },
};

const cores = require('node:os').availableParallelism();

module.exports = {
  // A file that boots a federation on embedded databases while the other workers do too can take over a
  // minute on 2 busy cores before its first test; a hang still fails, later.
  testTimeout: 120_000,
  // Jest's default is one worker less than the cores: one worker on a 2-core machine. On Postgres a test
  // spends much of its time waiting on the database's own processes, so one and a half workers per core keep
  // the cores busy (2 cores: 592 s with 1 worker, 376 s with 3, every test passing); embedded databases run
  // inside the worker, so there a worker per core is all the cores can take.
  maxWorkers: process.env.DATABASE_URL ? Math.max(2, Math.ceil(cores * 1.5)) : Math.max(1, cores),
  projects: [
    {
      ...common,
      displayName: 'unit',
      // A rule's test imports @hamyar/shared for an error class or a parser, and Jest evaluates every module
      // afresh in each test file: loaded eagerly, the kit's server packages (Apollo, Express, TypeORM,
      // OpenTelemetry) were most of each file's second. Lazily, a file loads only what its rule uses; the
      // integration tier stays eager, as the services run.
      transform: { '^.+\\.ts$': swcTransform(true) },
      roots: ['<rootDir>/shared/src', '<rootDir>/subgraphs', '<rootDir>/gateway/src'],
      testMatch: ['<rootDir>/shared/src/**/*.test.ts', '<rootDir>/subgraphs/*/src/**/*.test.ts', '<rootDir>/gateway/src/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      transform: { '^.+\\.ts$': swcTransform(false) },
      roots: ['<rootDir>/test', '<rootDir>/subgraphs'],
      // Set up once, copy per test: each subgraph is migrated and seeded once per run into a template, which
      // every test subgraph starts from a copy of (test/support/templates.ts).
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
      testEnvironment: '<rootDir>/test/support/database-per-file-environment.js',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/subgraphs/*/test/**/*.test.ts'],
    },
  ],
};

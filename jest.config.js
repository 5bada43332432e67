/** One Jest run for the whole repository: integration tests in test/, unit tests beside the rules they check. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/shared/src', '<rootDir>/subgraphs', '<rootDir>/gateway/src'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  // Tests run against the sources: no build step between an edit and a test run.
  moduleNameMapper: { '^@hamyar/shared$': '<rootDir>/shared/src/index.ts' },
  testTimeout: 60_000,
};

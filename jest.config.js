// Jest runs every suite: unit (*.test.ts), integration against a real local Neo4j (*.int.test.ts) and browser (*.browser.test.ts).
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2023' } }] };
// ESM-only packages that Jest's CommonJS runtime must transpile.
const transformIgnorePatterns = [
  '/node_modules/(?!(htmlparser2|domhandler|domutils|dom-serializer|entities|domelementtype)/)',
];

/** @type {import('jest').Config} */
module.exports = {
  // Integration suites share one Neo4j Community database (it has no CREATE DATABASE), and each cleans it first.
  maxWorkers: 1,
  // Integration suites start servers and a Neo4j; pure unit tests finish in milliseconds anyway.
  testTimeout: 90_000,
  verbose: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '\\.browser\\.test\\.ts$', '\\.nlp\\.test\\.ts$'],
      transform,
      transformIgnorePatterns,
    },
    {
      // The rule layer's behaviour, on sentences parsed by the real CoreNLP worker (no database).
      displayName: 'nlp',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.nlp.test.ts'],
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/tests/support/nlpGlobalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/nlpGlobalTeardown.ts',
    },
    {
      displayName: 'neo4j',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.int.test.ts', '**/*.browser.test.ts'],
      transform,
      transformIgnorePatterns,
      // Runs only when a selected test needs it: one local Neo4j for the whole run.
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
};

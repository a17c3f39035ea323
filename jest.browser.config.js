/**
 * Browser tests: the production build (dist/) in headless Chromium through
 * playwright-core. `npm run test:browser`; needs /usr/bin/chromium.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  globalSetup: '<rootDir>/test/browser/global-setup.js',
  globalTeardown: '<rootDir>/test/browser/global-teardown.js',
  // One browser at a time: the machine is small and the tests share the server.
  maxWorkers: 1,
  reporters: ['default', ['<rootDir>/scripts/jest-count-reporter.js', { name: 'browser' }]],
  testTimeout: 120_000,
};

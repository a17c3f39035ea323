/** Unit, component and round-trip tests. Browser tests: jest.browser.config.js. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
  reporters: ['default', ['<rootDir>/scripts/jest-count-reporter.js', { name: 'unit' }]],
  moduleNameMapper: {
    // office-addin-mock pulls in office-addin-manifest, which is ESM-only.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
  },
};

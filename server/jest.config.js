/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  // scans every log line of the run for personal data and secrets (test/log-capture)
  globalTeardown: '<rootDir>/test/log-capture/teardown.ts',
  setupFiles: ['<rootDir>/test/env.ts', '<rootDir>/test/log-capture/console-tee.ts'],
  testTimeout: 60000,
};

/** Jest runs in ESM mode (`--experimental-vm-modules`), with ts-jest compiling TypeScript. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
    '^.+\\.(md|txt)$': '<rootDir>/scripts/jest-text-transform.cjs',
  },
  moduleFileExtensions: ['ts', 'js', 'json', 'md', 'txt'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
  // Tests start real git and node processes; two workers fit the 2-core machines CI runs on.
  maxWorkers: 2,
  testTimeout: 60_000,
}

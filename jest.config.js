/** Jest runs in ESM mode (`--experimental-vm-modules`), with ts-jest compiling TypeScript. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
    '^.+\\.md$': '<rootDir>/scripts/jest-text-transform.cjs',
  },
  moduleFileExtensions: ['ts', 'js', 'json', 'md'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
}

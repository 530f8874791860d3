// Jest runs TypeScript as ESM through ts-jest (transpile only: `npm run typecheck` does the type check).
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};
// The PostgreSQL suite needs a running server: it runs through `npm run test:pg` (GATEWAY_TEST_PG=1), started by .ci/run.
const projects = [
  { ...common, displayName: 'unit', testMatch: ['<rootDir>/server/**/*.test.ts', '<rootDir>/addin/**/*.test.ts'] },
  { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/test/pg/'] },
];
if (process.env.GATEWAY_TEST_PG) projects.push({ ...common, displayName: 'pg', testMatch: ['<rootDir>/test/pg/**/*.test.ts'] });
export default { projects };

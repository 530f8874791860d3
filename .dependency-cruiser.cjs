/**
 * The architecture's boundaries (README "Layout"), checked by `npm run lint:deps` and by
 * test/boundaries.test.ts in `npm test`. One folder per domain; plumbing knows no domain.
 */
const DOMAINS = '(lifecycle|subscriptions|support|estate|calendar|tenancy)';
const PLUMBING = '(kernel|graphql|http|db|config)';
const TESTS = '(\\.test\\.ts$|^test/|^bench/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'policy-is-pure',
      comment:
        'Rules are pure functions: every */policy and kernel/ imports only kernel/, other */policy folders and seed data — no ORM, no GraphQL, no HTTP, no npm package.',
      severity: 'error',
      from: { path: '^server/(kernel|[^/]+/policy)/', pathNot: TESTS },
      to: { pathNot: '^(server/kernel/|server/[^/]+/policy/|seed/)' },
    },
    {
      name: 'no-reaching-into-another-domain',
      comment:
        'A domain uses another only through what that domain exposes at its root (or its policy/): never its db/ (storage) or graphql/ (API) rooms.',
      severity: 'error',
      from: { path: `^server/${DOMAINS}/` },
      to: { path: `^server/${DOMAINS}/(db|graphql)/`, pathNot: '^server/$1/' },
    },
    {
      name: 'plumbing-knows-no-domain',
      comment:
        'kernel/, graphql/, http/, db/ and config/ are shared plumbing: they reach the domains only through the resolver list (server/resolvers.ts) and the entity registry (server/db/entities.ts).',
      severity: 'error',
      from: { path: `^server/${PLUMBING}/`, pathNot: ['^server/db/entities\\.ts$', TESTS] },
      to: { path: [`^server/${DOMAINS}/`, '^server/(gateway|main|context)\\.ts$'] },
    },
    {
      name: 'resolver-list-only-from-schema',
      comment: 'Only graphql/schema.ts reads the resolver list; http/ gets its routes from the composition root (gateway.ts).',
      severity: 'error',
      from: { path: `^server/${PLUMBING}/`, pathNot: ['^server/graphql/schema\\.ts$', TESTS] },
      to: { path: '^server/resolvers\\.ts$' },
    },
    {
      name: 'entity-registry-only-from-db',
      comment: 'The entity registry is the ORM configuration’s: a domain imports its own entities, never the registry of all.',
      severity: 'error',
      from: { path: '^server/', pathNot: ['^server/db/', '^server/cli/', TESTS] },
      to: { path: '^server/db/entities\\.ts$' },
    },
    {
      name: 'domains-do-not-import-the-composition-root',
      comment: 'gateway.ts, main.ts and resolvers.ts wire the domains together; a domain that imported them would depend on every other.',
      severity: 'error',
      from: { path: `^server/${DOMAINS}/` },
      to: { path: '^server/(gateway|main|resolvers)\\.ts$' },
    },
    {
      name: 'fixtures-only-in-tests',
      comment: 'server/testing/ holds test fixtures: only tests and benchmarks may import them (they are not built into dist/).',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { path: '^server/testing/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};

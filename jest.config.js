/**
 * One suite in tiers, as jest projects: `unit` (src/**\/*.test.ts and the bench's own tests) needs
 * no database and runs in seconds (`npm run test:unit`); `integration` (test/integration), `e2e`
 * (test/e2e), `browser` (test/browser) and `clients` (test/clients) run against a real Neo4j, which
 * their shared global setup starts (a throwaway one unless NEO4J_URI is set) only when one of them
 * is selected; jest runs one global setup module once however many projects name it. Test files
 * share that one database, so they run one at a time. `npm test` runs every project; with --randomize
 * the files are shuffled by --seed too (test/support/file-order-sequencer.js).
 */
const base = {
  testEnvironment: "node",
  transform: {
    // Transpiled file by file without type checks: type-checking each test file in ts-jest cost more
    // than a minute of CI's two cores (every file re-reads the types of src/). `npm test` type-checks
    // the whole project once first (`npm run typecheck`), so a type error still fails it, and CI.
    // (tsconfig.jest.json is tsconfig.json with isolatedModules, which puts ts-jest in that mode.)
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
    // jose, stemmer (and auto-bind, which GraphQL Code Generator uses) ship ES modules only; Node 20 requires
    // them natively, Jest's CommonJS runtime needs them compiled.
    "node_modules/(jose|stemmer|auto-bind)/.+\\.js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs", target: "ES2022", isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(jose|stemmer|auto-bind)/)"],
  setupFiles: ["reflect-metadata"],
  modulePathIgnorePatterns: ["<rootDir>/dist/"],
};

/** A tier against the real Neo4j: the global setup loads the seed graph, the guard restores it per file. */
const database = (name) => ({
  ...base,
  displayName: name,
  roots: [`<rootDir>/test/${name}`],
  testMatch: ["**/*.test.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/support/seed-guard.ts"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
});

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...base,
      displayName: "unit",
      roots: ["<rootDir>/src", "<rootDir>/test/bench", "<rootDir>/test/support"],
      testMatch: ["**/*.test.ts"],
    },
    database("integration"),
    database("e2e"),
    database("browser"),
    database("clients"),
    // A kind added to the model by the suite itself (test/fixture-kind/register.ts), before any module reads it.
    { ...database("fixture-kind"), setupFiles: [...base.setupFiles, "<rootDir>/test/fixture-kind/register.ts"] },
  ],
  maxWorkers: 1,
  testTimeout: 60000,
  // With --randomize, files are shuffled too (by --seed), not only the tests inside them.
  testSequencer: "<rootDir>/test/support/file-order-sequencer.js",
};

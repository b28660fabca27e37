/**
 * One suite in tiers: unit tests beside the code (src/**\/*.test.ts) and, against a real Neo4j,
 * integration (test/integration), HTTP end-to-end (test/e2e) and browser tests (test/browser).
 * The global setup starts a throwaway Neo4j unless NEO4J_URI is set. Test files share that one
 * database, so they run one at a time.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
    // jose (and auto-bind, which GraphQL Code Generator uses) ship ES modules only; Node 20 requires
    // them natively, Jest's CommonJS runtime needs them compiled.
    "node_modules/(jose|auto-bind)/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", target: "ES2022", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(jose|auto-bind)/)"],
  setupFiles: ["reflect-metadata"],
  setupFilesAfterEnv: ["<rootDir>/test/support/seed-guard.ts"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  maxWorkers: 1,
  testTimeout: 60000,
  modulePathIgnorePatterns: ["<rootDir>/dist/"],
};

// ESLint (flat config): typescript-eslint's recommended rules with type information, on the
// TypeScript of src/, test/, bench/ and soak/. Rules turned off or tuned below say why.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "neo4j-launcher/**",
      ".neo4j/**",
      "bench/results/**",
      "soak/results/**",
      "test-artifacts/**",
    ],
  },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused names are compile errors already (noUnusedLocals / noUnusedParameters); `_` marks the intended ones.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Apollo plugin hooks, Fastify handlers and test doubles are async because their interfaces
      // return promises, not because they await; the rule would have them wrap values by hand.
      "@typescript-eslint/require-await": "off",
      // One import line per module (type-only imports may stand apart): module surfaces made
      // scripted conversions leave two lines from one index.
      "no-duplicate-imports": ["error", { allowSeparateTypeImports: true }],
    },
  },
  {
    // Tracing's packages are required only when OTEL_EXPORTER_OTLP_ENDPOINT is set, so a process
    // without tracing never loads them (start-up time, memory).
    files: ["src/observability/tracing.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests read loosely typed JSON answers (GraphQL over HTTP) and poke at internals on purpose.
    files: ["test/**/*.ts", "src/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      // expect(obj.method).toHaveBeenCalled() and friends pass methods unbound by design.
      "@typescript-eslint/unbound-method": "off",
      // Answers are compared with the enum's wire values ("ABSOLUTE"), as clients see them.
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      // Loosely typed JSON (spans, plans) is stringified for matching; a wrong type shows as a failed match.
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The playground page's script: GraphiQL, React and ReactDOM come from the page's own bundles.
    files: ["src/assets/**/*.js"],
    languageOptions: { globals: { ...globals.browser, GraphiQL: "readonly", React: "readonly", ReactDOM: "readonly" } },
  },
);

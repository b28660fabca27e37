/**
 * The folders of src/ form layers; a folder may import only from folders below it (`npm run lint`).
 * Top to bottom: the entry points (cli), the HTTP server and browser assets, the GraphQL wiring
 * (schema, resolver list, services, context creation), the seed and the local Neo4j tools, the
 * feature modules (with their shared kernel in modules/shared), auth, the record rules, the database and the config,
 * the model of the graph (plain data), observability, util, errors. Folders on one line are peers and
 * do not import each other.
 */
const LAYERS = [
  ["cli"],
  ["server", "assets"],
  ["graphql"],
  ["seed", "local-neo4j"],
  ["modules"],
  ["auth"],
  ["records"],
  ["db", "config"],
  ["model"],
  ["observability"],
  ["util"],
  ["errors"],
];

const folder = (names) => `^src/(${names.join("|")})/`;

/** For each layer: it must not import a folder of a layer above it, nor a peer of its own. */
const layerRules = LAYERS.flatMap((layer, rank) => {
  const above = LAYERS.slice(0, rank).flat();
  const rules = [];
  if (above.length > 0) {
    rules.push({
      name: `layer-${layer.join("-")}`,
      comment: `${layer.join(", ")} may import only from layers below it, not from ${above.join(", ")}.`,
      severity: "error",
      from: { path: folder(layer), pathNot: "\\.test\\.ts$" },
      to: { path: folder(above) },
    });
  }
  for (const name of layer.length > 1 ? layer : []) {
    rules.push({
      name: `peers-${name}`,
      comment: `${name} does not import its peers (${layer.filter((n) => n !== name).join(", ")}).`,
      severity: "error",
      from: { path: folder([name]), pathNot: "\\.test\\.ts$" },
      to: { path: folder(layer.filter((n) => n !== name)) },
    });
  }
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycle anywhere in src/.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "driver-only-in-db",
      comment: "Only src/db talks to neo4j-driver; everything else gets Database and its Tx handle.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/db/" },
      to: { path: "node_modules/neo4j-driver/" },
    },
    {
      name: "cypher-files-only-in-db",
      comment: "Named queries are run through Database (readRows, tx.rows); only tests may list the files.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/db/", "\\.test\\.ts$"] },
      to: { path: "^src/db/cypher-files\\.ts$" },
    },
    {
      name: "kernel-knows-no-feature",
      comment:
        "modules/shared is the kernel under every feature module: it imports none of them (a module adds its loader to the kernel's Loaders from its own index.ts).",
      severity: "error",
      from: { path: "^src/modules/shared/" },
      to: { path: "^src/modules/", pathNot: "^src/modules/shared/" },
    },
    {
      name: "no-module-cycles",
      comment: "The folders of src/modules import each other one way only (no folder-level cycle).",
      severity: "error",
      scope: "folder",
      from: { path: "^src/modules/" },
      to: { path: "^src/modules/", circular: true, viaOnly: { path: "^src/modules/" } },
    },
    {
      name: "modules-through-surfaces",
      comment: "A module uses another only through that module's index.ts, never its internal files.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/[^/]+/", pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "outside-through-surfaces",
      comment:
        "The layers above modules (graphql, server, seed, cli), test/, bench/ and soak/ use a module only through its index.ts. Browser assets are bundled for the page and import the one plain file they need.",
      severity: "error",
      from: { path: "^(src/|test/|bench/|soak/)", pathNot: "^src/(modules|assets)/" },
      to: { path: "^src/modules/[^/]+/", pathNot: "^src/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "tests-through-entry-points",
      comment:
        "test/, bench/ and soak/ import src/ through module surfaces (src/modules/*/index.ts) and layer entry points (src/<layer>/index.ts).",
      severity: "error",
      from: { path: "^(test|bench|soak)/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/modules/[^/]+/index\\.ts$",
          "^src/(cli|server|assets|graphql|seed|local-neo4j|auth)/index\\.ts$",
          "^src/(db|config|model|observability|util|errors)/index\\.ts$",
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|node_modules)/" },
    // `import type` counts: a type that knows every module couples as much as a value does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};

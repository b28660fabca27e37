import { buildSync } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";

/**
 * Gathers everything the browser pages load into dist/public, so the server never sends a
 * browser to a CDN: GraphiQL and React from node_modules, the project's own page scripts, and
 * the explorer and widget bundled by esbuild (cytoscape included in the explorer's bundle).
 */
function main(): void {
  const root = projectRoot();
  const out = join(root, "dist", "public");
  const vendor = join(out, "vendor");
  mkdirSync(vendor, { recursive: true });
  const modules = join(root, "node_modules");
  const vendored: [string, string][] = [
    ["graphiql/graphiql.min.js", "graphiql.min.js"],
    ["graphiql/graphiql.min.css", "graphiql.min.css"],
    ["react/umd/react.production.min.js", "react.production.min.js"],
    ["react-dom/umd/react-dom.production.min.js", "react-dom.production.min.js"],
  ];
  for (const [from, to] of vendored) copyFileSync(join(modules, from), join(vendor, to));
  const own = join(root, "src", "assets");
  copyPageFiles(own, out);
  for (const folder of ["explorer", "widget"]) copyPageFiles(join(own, folder), join(out, folder));
  bundle(
    root,
    { "explorer/explorer": "src/assets/explorer/explorer.ts", "widget/demo": "src/assets/widget/demo.ts" },
    "linked",
  );
  // Served at /widget.js, where a linked map's URL would not resolve: its map is written beside it unlinked.
  bundle(root, { "widget/widget": "src/assets/widget/therapy-recommendations.ts" }, "external");
}

/** Static page files (.html, .css, plain .js) of one assets folder, copied as they are. */
function copyPageFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) {
    if (file.endsWith(".js") || file.endsWith(".css") || file.endsWith(".html"))
      copyFileSync(join(from, file), join(to, file));
  }
}

/** One minified browser script per entry (name -> output path under dist/public), with a source map beside it. */
function bundle(root: string, entries: Record<string, string>, sourcemap: "linked" | "external"): void {
  buildSync({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, join(root, source)])),
    outdir: join(root, "dist", "public"),
    bundle: true,
    minify: true,
    sourcemap,
    format: "iife",
    target: ["es2020"],
    platform: "browser",
    legalComments: "linked",
    logLevel: "warning",
  });
}

main();

import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";

/**
 * Gathers everything the browser pages load into dist/public, so the server never sends a
 * browser to a CDN: GraphiQL and React from node_modules, and the project's own page scripts.
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
  for (const file of readdirSync(own)) {
    if (file.endsWith(".js") || file.endsWith(".css") || file.endsWith(".html")) copyFileSync(join(own, file), join(out, file));
  }
}

main();

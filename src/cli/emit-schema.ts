import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { printApiSchema } from "../graphql/schema";
import { projectRoot } from "../util/project-root";

/** npm run schema:emit: writes schema/schema.graphql from the TypeGraphQL classes. */
const dir = join(projectRoot(), "schema");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "schema.graphql"), printApiSchema());
process.stdout.write("Wrote schema/schema.graphql\n");

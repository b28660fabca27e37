import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { printApiSchema } from "./schema";

const schemaFile = join(projectRoot(), "schema", "schema.graphql");

describe("schema/schema.graphql", () => {
  it("matches the schema the TypeGraphQL classes build", () => {
    // Like a snapshot update: UPDATE_SCHEMA=1 rewrites the file (npm run schema:emit does the same).
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync(schemaFile, printApiSchema());
    const committed = readFileSync(schemaFile, "utf8");
    expect(printApiSchema()).toBe(committed);
  });
});

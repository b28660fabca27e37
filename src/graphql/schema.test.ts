import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { printApiSchema } from "./schema";

describe("schema/schema.graphql", () => {
  it("matches the schema the TypeGraphQL classes build (run `npm run schema:emit` after changing them)", () => {
    const committed = readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8");
    expect(printApiSchema()).toBe(committed);
  });
});

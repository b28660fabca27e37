import { codegen } from "@graphql-codegen/core";
import * as typescriptPlugin from "@graphql-codegen/typescript";
import * as operationsPlugin from "@graphql-codegen/typescript-operations";
import { parse } from "graphql";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { playgroundExamples } from "../../src/server";
import { projectRoot } from "../../src/util";

/*
 * GraphQL Code Generator (typescript + typescript-operations, as a typed client would run it)
 * over the committed schema and every playground example; the output, and code using it the way
 * a client would, must type-check. The @ts-expect-error lines prove the enums catch typos.
 */

const USAGE = `import type { AilmentDetailsQuery, CauseTreatmentPathsQuery, Evidence, NodeByIdQuery, RelationType, StressRolesQuery } from "./generated";
import type { Cause, DeletedEntity, Relation } from "./schema-types";

// Schema types: the Cause interface, a relation's enum-typed fields, the delete payload.
declare const someCause: Cause;
const causeName: string = someCause.name;
declare const relation: Relation;
const relationType: RelationType = relation.type;
declare const deleted: DeletedEntity;
const evict: [string, string] = [deleted.typename, deleted.id];
void [causeName, relationType, evict];

declare const details: AilmentDetailsQuery;
const link = details.ailment!.causes[0];
const evidence: "A" | "B" | "C" | "D" | null | undefined = link.relation.evidence;
const grade: Evidence | null | undefined = link.relation.evidence;
const relationId: string = link.relation.id;
const linkId: string = link.id;
// A cause is a ContributingFactor or an Ailment, never a third thing.
const causeType: "Ailment" | "ContributingFactor" = link.cause.__typename;

declare const paths: CauseTreatmentPathsQuery;
const type: RelationType = paths.causeTreatmentPaths[0].relationships[0].type;
const pathId: string = paths.causeTreatmentPaths[0].id;
// @ts-expect-error a relation type that does not exist no longer compiles
const typo: RelationType = "CAUSED_BYY";
// @ts-expect-error nor does an evidence grade that does not exist
const grade2: Evidence = "E";

declare const stress: StressRolesQuery;
if (stress.cause?.__typename === "Ailment") {
  const causes: string[] = stress.cause.causes.map((c) => c.cause.id);
  void causes;
}

declare const node: NodeByIdQuery;
if (node.node?.__typename === "Relation") {
  const from: string = node.node.from;
  void from;
}

void [evidence, grade, relationId, linkId, causeType, type, pathId, typo, grade2];
`;

describe("GraphQL Code Generator over the playground examples", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "codegen-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("generates types for every example that type-check with code using them", async () => {
    const schema = parse(readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8"));
    const config = {
      enumsAsTypes: true,
      scalars: { DateTime: "string", URL: "string" },
      strictScalars: true,
      avoidOptionals: true,
    };
    // typescript: every schema type; typescript-operations (standalone since v6): each operation's
    // result and variables, with the enums it uses. Two files, as their outputs overlap.
    const schemaTypes = await codegen({
      schema,
      documents: [],
      filename: "schema-types.ts",
      config,
      plugins: [{ typescript: {} }],
      pluginMap: { typescript: typescriptPlugin },
    });
    const output = await codegen({
      schema,
      documents: playgroundExamples.map((example, i) => ({
        document: parse(example.query),
        location: `example-${i}.graphql`,
      })),
      filename: "generated.ts",
      config,
      plugins: [{ typescriptOperations: {} }],
      pluginMap: { typescriptOperations: operationsPlugin },
    });
    expect(schemaTypes).toContain("export type Cause = {");
    for (const example of playgroundExamples) {
      const name = /^\s*query\s+(\w+)/m.exec(example.query)![1];
      expect(output).toContain(`export type ${name}Query = `);
    }
    writeFileSync(join(dir, "schema-types.ts"), schemaTypes);
    writeFileSync(join(dir, "generated.ts"), output);
    writeFileSync(join(dir, "usage.ts"), USAGE);
    const program = ts.createProgram([join(dir, "schema-types.ts"), join(dir, "generated.ts"), join(dir, "usage.ts")], {
      strict: true,
      noEmit: true,
      noUnusedLocals: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      skipLibCheck: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as explorer from "../assets/explorer/explorer-queries";
import { RECOMMEND_QUERY } from "../assets/widget/widget-query";
import { playgroundExamples } from "../server/playground-examples";
import { documentHash, PersistedQueryManifest, readManifestFile } from "../server/trusted-documents";
import { builtinDocuments } from "./builtin-documents";

/** What `npm run trusted:manifest` prints (its module run in this process). */
async function commandOutput(): Promise<string> {
  let output = "";
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    output += String(chunk);
    return true;
  });
  try {
    await jest.isolateModulesAsync(async () => void (await import("./trusted-manifest")));
  } finally {
    write.mockRestore();
  }
  return output;
}

describe("trusted documents: the builtin list and its manifest", () => {
  it("prints Apollo's persisted-query manifest of exactly the builtin list", async () => {
    const manifest = JSON.parse(await commandOutput()) as PersistedQueryManifest;
    expect(manifest.format).toBe("apollo-persisted-query-manifest");
    expect(manifest.version).toBe(1);
    const printed = new Map(manifest.operations.map((op) => [op.id, op.body]));
    expect(printed).toEqual(new Map(builtinDocuments()));
    for (const op of manifest.operations) {
      expect(op.id).toBe(documentHash(op.body));
      expect(op.type).toBe("query");
      expect(op.name).toMatch(/^[A-Z]\w+$/);
    }
  });

  it("lists the widget's query, every explorer query and every playground example, by their exact text", () => {
    const explorerQueries = Object.entries(explorer).filter(([name]) => name.endsWith("_QUERY"));
    expect(explorerQueries.length).toBeGreaterThanOrEqual(4);
    const expected = [
      RECOMMEND_QUERY,
      ...explorerQueries.map(([, text]) => text),
      ...playgroundExamples.map((e) => e.query),
    ];
    expect([...builtinDocuments().values()].sort()).toEqual([...new Set(expected)].sort());
    expect(builtinDocuments().get(documentHash(RECOMMEND_QUERY))).toBe(RECOMMEND_QUERY);
  });

  it("reads the printed manifest back as TRUSTED_DOCUMENTS_FILE, and a plain { sha256: text } object", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trusted-"));
    const apollo = join(dir, "apollo.json");
    writeFileSync(apollo, await commandOutput());
    expect(new Map(readManifestFile(apollo))).toEqual(new Map(builtinDocuments()));
    const plain = join(dir, "plain.json");
    writeFileSync(plain, JSON.stringify({ [documentHash("{ __typename }")]: "{ __typename }" }));
    expect([...readManifestFile(plain).values()]).toEqual(["{ __typename }"]);
  });

  it("refuses a manifest file that is missing, not JSON, empty, or has an id that is not its text's sha256", () => {
    const dir = mkdtempSync(join(tmpdir(), "trusted-"));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const oneLine = /^TRUSTED_DOCUMENTS_FILE: expected a JSON persisted-query manifest [^\n]+$/;
    expect(() => readManifestFile(join(dir, "missing.json"))).toThrow(oneLine);
    expect(() => readManifestFile(file("bad.json", "{"))).toThrow(oneLine);
    expect(() => readManifestFile(file("empty.json", "{}"))).toThrow(/no operations/);
    expect(() => readManifestFile(file("list.json", "[]"))).toThrow(/no operations/);
    expect(() => readManifestFile(file("wrong.json", JSON.stringify({ abc: "{ __typename }" })))).toThrow(
      /the id abc is not/,
    );
    const apollo = { format: "apollo-persisted-query-manifest", version: 1, operations: [{ id: "x", body: "{ a }" }] };
    expect(() => readManifestFile(file("apollo.json", JSON.stringify(apollo)))).toThrow(/the id x is not/);
  });
});

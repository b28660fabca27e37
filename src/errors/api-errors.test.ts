import { readFileSync } from "node:fs";
import { join } from "node:path";
import { API_ERROR_CODES } from "./api-errors";

/**
 * The codes of README's error table ("Errors carry `extensions.code`"): the backquoted codes of
 * each row's first cell, except the row of Apollo's own codes (they are Apollo's, not the API's).
 */
function readmeErrorCodes(): string[] {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  const start = readme.indexOf("Errors carry `extensions.code`:");
  expect(start).toBeGreaterThan(-1);
  const rows = readme
    .slice(start)
    .split("\n")
    .slice(1)
    .filter((line) => line.trim() !== "");
  const table = rows.slice(
    0,
    rows.findIndex((line) => !line.startsWith("|")),
  );
  expect(table[0]).toMatch(/^\| code \| when \| HTTP \|$/);
  return table
    .slice(2)
    .map((row) => row.split("|")[1].trim())
    .filter((cell) => !cell.startsWith("Apollo's own"))
    .flatMap((cell) => [...cell.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]));
}

describe("ApiErrorCode", () => {
  it("lists exactly the codes of README's error table", () => {
    const documented = readmeErrorCodes();
    expect(documented.length).toBeGreaterThan(10);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...API_ERROR_CODES].sort());
  });
});

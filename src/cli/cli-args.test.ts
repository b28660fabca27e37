import { resolve } from "node:path";
import { blindFlag, CliUsageError, folderOption } from "./cli-args";

describe("folderOption", () => {
  it("reads --out DIR and --out=DIR, resolved against the working directory", () => {
    expect(folderOption(["--out", "x/y"], "out")).toBe(resolve("x/y"));
    expect(folderOption(["--out=/abs"], "out")).toBe("/abs");
    expect(folderOption([], "out")).toBeUndefined();
  });

  it("rejects a missing value and unknown arguments", () => {
    expect(() => folderOption(["--out"], "out")).toThrow(CliUsageError);
    expect(() => folderOption(["--dir", "x"], "out")).toThrow(/unknown argument "--dir"/);
  });
});

describe("blindFlag", () => {
  it("reads --blind, and nothing as the tuned set", () => {
    expect(blindFlag(["--blind"], "related:eval")).toBe("");
    expect(blindFlag(["--blind=v2"], "related:eval")).toBe("v2");
    expect(blindFlag([], "related:eval")).toBeNull();
  });

  it("rejects anything else", () => {
    expect(() => blindFlag(["--blindd"], "related:eval")).toThrow(/usage: npm run related:eval/);
    expect(() => blindFlag(["--blind", "x"], "search:eval")).toThrow(CliUsageError);
    expect(() => blindFlag(["--blind=../../etc/passwd"], "search:eval")).toThrow(CliUsageError);
    expect(() => blindFlag(["--blind="], "search:eval")).toThrow(CliUsageError);
  });
});

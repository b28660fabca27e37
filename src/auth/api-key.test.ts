import { createHash } from "node:crypto";
import { apiKeySubject, matchApiKey } from "./api-key";

const keys = ["first-curator-key-0001", "second-curator-key-0002"];

describe("matchApiKey", () => {
  it("names the matching key by the first 6 hex characters of its sha256", () => {
    const prefix = createHash("sha256").update(keys[1]).digest("hex").slice(0, 6);
    expect(matchApiKey(keys[1], keys)).toBe(`api-key:${prefix}`);
    expect(apiKeySubject(keys[1])).toBe(`api-key:${prefix}`);
  });

  it("refuses near misses, other lengths and an empty key list", () => {
    expect(matchApiKey("first-curator-key-0002", keys)).toBeNull();
    expect(matchApiKey("first-curator-key-00011", keys)).toBeNull();
    expect(matchApiKey("", keys)).toBeNull();
    expect(matchApiKey(keys[0], [])).toBeNull();
  });
});

import { createHash, timingSafeEqual } from "node:crypto";

const sha256 = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/**
 * The subject of the configured key the token equals, or null. Both sides are hashed first so
 * the comparison is over equal-length buffers and takes the same time whatever the token is,
 * and every key is compared (no early exit that would tell which one came close).
 */
export function matchApiKey(token: string, keys: readonly string[]): string | null {
  const presented = sha256(token);
  let matched: string | null = null;
  for (const key of keys) {
    const expected = sha256(key);
    if (timingSafeEqual(presented, expected)) matched = key;
  }
  return matched === null ? null : apiKeySubject(matched);
}

/** "api-key:" + the first 6 hex characters of the key's sha256: names the key in logs without revealing it. */
export function apiKeySubject(key: string): string {
  return `api-key:${sha256(key).toString("hex").slice(0, 6)}`;
}

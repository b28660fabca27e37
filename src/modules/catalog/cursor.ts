import { BadUserInputError } from "../../errors/api-errors";

/** Where a page ends: lists are ordered by name then id, so (name, id) is a stable keyset position. */
export interface CursorPosition {
  name: string;
  id: string;
}

/** Opaque to clients: base64url of a small JSON array; only this module reads it. */
export function encodeCursor({ name, id }: CursorPosition): string {
  return Buffer.from(JSON.stringify(["c1", name, id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, argument = "after"): CursorPosition {
  const bad = () =>
    BadUserInputError.of(
      argument,
      `${argument} is not a cursor this API issued; use a cursor from pageInfo or an edge`,
    );
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) throw bad();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 3 ||
    decoded[0] !== "c1" ||
    typeof decoded[1] !== "string" ||
    typeof decoded[2] !== "string"
  ) {
    throw bad();
  }
  return { name: decoded[1], id: decoded[2] };
}

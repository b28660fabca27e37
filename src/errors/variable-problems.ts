import type { FieldProblem } from "./api-errors";

/**
 * The variable a graphql-js coercion message is about, as a field path: `Variable "$input" got
 * invalid value "E" at "input.evidence"; ...` -> `$input.evidence`; `Variable "$id" of required
 * type "ID!" was not provided.` -> `$id`. Empty when the message names no variable.
 */
export function variableProblems(message: string): FieldProblem[] {
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(message)?.[1];
  if (!variable) return [];
  const at = / at "([^"]+)"/.exec(message)?.[1];
  const inside = (text: string) => [variable, `${variable}.`, `${variable}[`].some((start) => text.startsWith(start));
  const path = at && inside(at) ? at : variable;
  return [{ field: `$${path}`, messages: [message] }];
}

import type { z } from "zod";

/** One broken rule of a record: the field (a path like adaptation.maxMinutes) and what is wrong. */
export interface RecordProblem {
  /** Undefined when the record as a whole is wrong (not a map of fields). */
  field?: string;
  message: string;
}

export interface CheckOptions {
  /**
   * Show the offending value in messages (`got "X"`): the seed check does, for an author reading
   * their own file; the API does not echo client input back (validate-args.ts).
   */
  showValues?: boolean;
}

/**
 * The field a problem is about: the path up to the first list index ("synonyms", not "synonyms.3":
 * the message names the item) and a map field as one field ("codes", whatever the system).
 */
/** Fields that hold a map of free keys (a code system, a source id): one field, whatever the key. */
const MAPS = ["codes", "locators"];

function fieldOf(path: readonly PropertyKey[]): string | undefined {
  const names: string[] = [];
  for (const segment of path) {
    if (typeof segment !== "string") break;
    names.push(segment);
    if (MAPS.includes(segment)) break;
  }
  return names.length > 0 ? names.join(".") : undefined;
}

/**
 * The house's words for zod's own issues (passed to each parse as its `error`); a rule that says
 * its own words in its schema keeps them, as zod gives a schema's message precedence.
 */
export function houseMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "is required";
      if (issue.expected === "string" && typeof issue.input === "number")
        return "must be written as a string (in quotes)";
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case "too_small":
      return tooSmall(issue as unknown as z.core.$ZodIssueTooSmall);
    case "too_big":
      return tooBig(issue as unknown as z.core.$ZodIssueTooBig);
    case "invalid_value":
      return `must be one of ${issue.values.map(String).join(", ")}`;
    default:
      return undefined;
  }
}

/** The record's problems, one per broken rule (each unknown field one), in the order zod found them. */
export function problemsOf(
  issues: readonly z.core.$ZodIssue[],
  knownFields: (path: readonly PropertyKey[]) => readonly string[],
  { showValues = false }: CheckOptions,
): RecordProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = knownFields(issue.path);
      return issue.keys.map((key) => ({
        field: fieldOf([...issue.path, key]),
        message: unknownFieldMessage(key, known),
      }));
    }
    const input: unknown = (issue as { input?: unknown }).input;
    return [{ field: fieldOf(issue.path), message: issue.message + (showValues ? gotOf(issue, input) : "") }];
  });
}

/**
 * ", got X" after a message: the value as written for a string, its type for anything else when
 * the type was wrong; nothing for a missing value, a list or map measured or checked as a whole, or
 * a message that already quotes the value.
 */
function gotOf(issue: z.core.$ZodIssue, input: unknown): string {
  if (input === undefined || input === null || input === "") return "";
  if (issue.code === "invalid_type") return `, got ${describe(input)}`;
  if (typeof input === "object") return "";
  const written = JSON.stringify(input);
  return issue.message.includes(written) ? "" : `, got ${written}`;
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  array: "a list",
  object: "a map of fields",
  record: "a map",
  int: "an integer",
  number: "a number",
  boolean: "true or false",
};

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const min = Number(issue.minimum);
  if (issue.origin === "string") return min <= 1 ? "must not be empty" : `must be at least ${min} characters`;
  if (issue.origin === "array") return min === 1 ? "must hold at least one item" : `must hold at least ${min} items`;
  return `must be at least ${min}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum);
  if (issue.origin === "string") return `must be at most ${max} characters`;
  if (issue.origin === "array") return `must hold at most ${max} items`;
  return `must be at most ${max}`;
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return `unknown field${near ? ` (did you mean "${near}"?)` : ""}; known fields: ${known.join(", ")}`;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a map";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

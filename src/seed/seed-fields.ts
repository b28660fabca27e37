import { isSlug } from "../util/ids";
import { isValidIsbn } from "../util/isbn";
import type { SeedProblem } from "./seed-problem";

/**
 * Reads the fields of one YAML entry, recording a problem for each missing, mistyped or unknown
 * field instead of stopping at the first, so one run reports everything wrong with the entry.
 */
export class EntryReader {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly at: { file: string; index: number; entry?: string },
    private readonly problems: SeedProblem[],
    /** "adaptation." for the fields of a nested map, so problems name the whole path. */
    private readonly prefix = "",
  ) {}

  problem(field: string | undefined, message: string): void {
    this.problems.push({ ...this.at, field: field === undefined ? undefined : this.prefix + field, message });
  }

  /** True when the entry names the field (even as null). */
  has(field: string): boolean {
    return Object.hasOwn(this.raw, field);
  }

  /** The field's raw value, for a rule kept in a file of its own (citation-locators.ts). */
  value(field: string): unknown {
    return this.raw[field];
  }

  /** Names the entry in later problems once its id is known. */
  setEntry(entry: string | undefined): void {
    this.at.entry = entry;
  }

  unknownFields(known: readonly string[]): void {
    for (const key of Object.keys(this.raw)) {
      if (known.includes(key)) continue;
      const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
      this.problem(key, `unknown field${near ? ` (did you mean "${near}"?)` : ""}; known fields: ${known.join(", ")}`);
    }
  }

  string(field: string, required: true): string;
  string(field: string, required: false): string | undefined;
  string(field: string, required: boolean): string | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, "is required");
      return undefined;
    }
    if (typeof value !== "string") {
      this.problem(field, `must be a string, got ${describe(value)}`);
      return undefined;
    }
    if (value.trim() === "") {
      this.problem(field, "must not be empty");
      return undefined;
    }
    return value;
  }

  slug(field: string): string | undefined {
    const value = this.string(field, true);
    if (value !== undefined && !isSlug(value)) {
      this.problem(
        field,
        `must be a slug (lowercase letters, digits and single hyphens), got ${JSON.stringify(value)}`,
      );
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], required: boolean): T | undefined {
    const value = required ? this.string(field, true) : this.string(field, false);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problem(field, `must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value as T;
  }

  /** A list of non-empty, distinct strings; `check` adds a rule for each item (returns a message when broken). */
  stringList(
    field: string,
    { required, check }: { required: boolean; check?: (item: string) => string | undefined },
  ): string[] {
    const value = this.raw[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, "is required (a list with at least one item)");
      return [];
    }
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || item.trim() === "")) {
      this.problem(field, `must be a list of non-empty strings, got ${describe(value)}`);
      return [];
    }
    const items = value as string[];
    if (required && items.length === 0) this.problem(field, "must hold at least one item");
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item)) this.problem(field, `lists ${JSON.stringify(item)} twice`);
      seen.add(item);
      const message = check?.(item);
      if (message) this.problem(field, message);
    }
    return items;
  }

  /** An optional string matching `pattern`; `what` describes the expected form. */
  pattern(field: string, pattern: RegExp, what: string): string | undefined {
    const raw = this.raw[field];
    if (typeof raw === "number") {
      this.problem(field, `must be ${what}, written as a string (in quotes), got ${describe(raw)}`);
      return undefined;
    }
    const value = this.string(field, false);
    if (value !== undefined && !pattern.test(value)) {
      this.problem(field, `must be ${what}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  }

  /** An optional calendar date written YYYY-MM-DD. */
  date(field: string): string | undefined {
    const value = this.pattern(field, /^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");
    if (value === undefined) return undefined;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
      this.problem(field, `is not a real date: ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "boolean") {
      this.problem(field, `must be true or false, got ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  /** A reader for a nested map field; undefined (with a problem when it is not a map) when absent. */
  map(field: string): EntryReader | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) {
      this.problem(field, `must be a map of fields, got ${describe(value)}`);
      return undefined;
    }
    return new EntryReader(value, this.at, this.problems, `${this.prefix}${field}.`);
  }

  integer(field: string, min: number, max: number): number | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      this.problem(field, `must be an integer from ${min} to ${max}, got ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  /** An optional ISBN-10 or ISBN-13, digits only, whose check digit is right. */
  isbn(field: string): string | undefined {
    const what = 'an ISBN-10 or ISBN-13 in quotes, digits only (no hyphens), like "9780683083637"';
    const value = this.pattern(field, /^(\d{9}[\dX]|\d{13})$/, what);
    if (value !== undefined && !isValidIsbn(value)) {
      this.problem(field, `has a wrong check digit: ${JSON.stringify(value)} (only when confirmed against the book)`);
      return undefined;
    }
    return value;
  }

  url(field: string): string | undefined {
    const value = this.string(field, false);
    if (value === undefined) return undefined;
    let ok: boolean;
    try {
      ok = ["http:", "https:"].includes(new URL(value).protocol);
    } catch {
      ok = false;
    }
    if (!ok) this.problem(field, `must be an http(s) URL, got ${JSON.stringify(value)}`);
    return ok ? value : undefined;
  }

  /** A map of code system (slug) to code (string), e.g. { icd10: I10 }. */
  codes(field: string): Record<string, string> {
    const value = this.raw[field];
    if (value === undefined || value === null) return {};
    if (!isPlainObject(value)) {
      this.problem(field, `must be a map of code system to code, like { icd10: I10 }, got ${describe(value)}`);
      return {};
    }
    const codes: Record<string, string> = {};
    for (const [system, code] of Object.entries(value)) {
      if (!isSlug(system)) this.problem(field, `code system ${JSON.stringify(system)} must be a slug`);
      else if (typeof code !== "string" || code.trim() === "" || /\s/.test(code)) {
        this.problem(
          field,
          `code for ${system} must be a string without spaces (quote numeric codes), got ${describe(code)}`,
        );
      } else codes[system] = code;
    }
    return codes;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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

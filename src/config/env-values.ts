/**
 * zod schemas for single environment variables. An empty value counts as unset, so `PORT=` in a
 * .env file gives the default (a blank one too where the value is trimmed). Each schema's error
 * text is what the one-line ConfigError says the variable expects.
 */
import { z } from "zod";

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    got: string | undefined,
  ) {
    super(`${variable}: expected ${expected}, got ${got === undefined ? "nothing" : JSON.stringify(got)}`);
    this.name = "ConfigError";
  }
}

export type Env = Record<string, string | undefined>;

const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);
const unsetWhenBlank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Any text; unset or empty gives the fallback (kept as written, spaces included: passwords may have them). */
export const text = (fallback: string) => z.preprocess(unsetWhenEmpty, z.string().default(fallback));

/** Trimmed text, undefined when unset or blank. */
export const optionalText = () => z.preprocess(unsetWhenBlank, z.string().trim().optional());

/**
 * Plain decimal digits only (surrounding spaces trimmed): "1e3", "0x10", "-5", "+5", "1.0" and
 * "4 000" are refused rather than read as something the writer may not have meant.
 */
export function integer(min: number, max: number, fallback: number) {
  const error = `an integer from ${min} to ${max}`;
  const inRange = z.number().min(min, { error }).max(max, { error });
  return z.preprocess(
    unsetWhenEmpty,
    z.string().trim().regex(/^\d+$/, { error }).transform(Number).pipe(inRange).default(fallback),
  );
}

/** Exactly one of the values (case matters: "INFO" is not a log level). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z.preprocess(unsetWhenEmpty, z.enum(values, { error: `one of ${values.join(", ")}` }).default(fallback));
}

const bool = z.stringbool({
  truthy: ["true", "1", "yes", "on"],
  falsy: ["false", "0", "no", "off"],
  case: "insensitive",
  error: "true or false",
});
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() || undefined : value);

/** true/false, also 1/0, yes/no, on/off, in any case; unset gives the fallback. */
export const flag = (fallback: boolean) => z.preprocess(trimmed, bool.default(fallback));

/** A flag whose default depends on another setting: undefined when unset. */
export const optionalFlag = () => z.preprocess(trimmed, bool.optional());

/** A secret of at least `min` characters; its value never appears in the error. Kept as written unless `trim`. */
export function secret(min: number, what: string, trim = true) {
  const value = trim ? optionalText() : z.preprocess(unsetWhenEmpty, z.string().optional());
  return value.refine((value) => value === undefined || value.length >= min, {
    error: `${what} of at least ${min} characters`,
    params: { got: `a shorter ${what.replace(/^an? /, "")}` },
  });
}

/** An absolute URL whose scheme matches `protocol` (and with a host), undefined when unset. */
export function url(protocol: RegExp, expected: string) {
  return z.preprocess(unsetWhenEmpty, z.url({ protocol, hostname: /./, error: expected }).optional());
}

/** Comma-separated items, trimmed, empty ones dropped. */
export const list = (item: z.ZodType<string, string>) =>
  optionalText()
    .transform((raw) =>
      (raw ?? "")
        .split(",")
        .map((i) => i.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

/** The first problem of a parse, as the one line start-up prints. */
export function configErrorOf(error: z.ZodError, env: Env): ConfigError {
  const issue = error.issues[0];
  const variable = String(issue.path[0]);
  const params = (issue as { params?: { got?: string } }).params;
  // An item of a list (parsed with reportInput) is named alone; otherwise the variable's whole value.
  const item = issue.path.length > 1 && typeof issue.input === "string" ? issue.input : undefined;
  return new ConfigError(variable, issue.message, params?.got ?? item ?? env[variable]);
}

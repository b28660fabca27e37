import { z } from "zod";
import { isValidIsbn } from "../util/isbn";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../util/ids";
import { isBlankName } from "../util/name-key";

/**
 * The building blocks of the record rules: each value rule written once, with the words a person
 * fixing a seed file or a curation request reads (problems.ts adds the field and, for the seed, the
 * value). The limits keep every stored text a size a page can show and an export can load back.
 */
export const LIMITS = {
  slugMax: SLUG_MAX_LENGTH,
  nameMax: 200,
  summaryMax: 2000,
  synonymsMax: 30,
  synonymMax: 100,
  categoryMax: 50,
  codesMax: 20,
  titleMax: 300,
  publisherMax: 200,
  urlMax: 2000,
  noteMax: 500,
  sourcesMax: 20,
  questionMax: 300,
  actionMax: 500,
  adaptationTextMax: 500,
  avoidMax: 20,
  authorsMax: 300,
  editionMax: 50,
  chapterMax: 300,
  groupMax: 60,
  coversMax: 250,
  alsoActsAsMax: 3,
  /** A chapter, a page range and a heading fit; a paragraph does not belong in a locator. */
  locatorMax: 200,
} as const;

const SLUG_WORDS = "a slug (lowercase letters, digits and single hyphens)";

/** An id: lowercase letters, digits and single hyphens. */
export const slug = (what = SLUG_WORDS) =>
  z
    .string()
    .max(LIMITS.slugMax)
    .regex(SLUG_PATTERN, { error: `must be ${what}` });

/** A text that holds something once trimmed ("   " would be stored as ""). */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim() !== "", { error: "must not be empty" });

/** A display name: visible characters, not only spaces or invisible ones (util/name-key.ts). */
export const name = () =>
  stringRule((value) => {
    if (value.trim() === "") return "must not be empty";
    return isBlankName(value) ? "must hold visible characters, not only spaces or invisible ones" : undefined;
  }).max(LIMITS.nameMax);

/** One of a closed list of values. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

/** A list whose items are all different: each repeat is named. */
export const distinctList = <T extends z.ZodType<string>>(item: T, { min = 0, max }: { min?: number; max: number }) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .superRefine(
      (items, ctx) => {
        const seen = new Set<unknown>();
        for (const [index, value] of (Array.isArray(items) ? items : []).entries()) {
          if (typeof value !== "string") continue;
          if (seen.has(value))
            ctx.addIssue({ code: "custom", path: [index], message: `lists ${JSON.stringify(value)} twice` });
          seen.add(value);
        }
      },
      { when: () => true },
    );

/** What a missing required field says when "is required" alone would not tell what to write. */
export const requiredAs = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? message : undefined),
});

/** A string kept to one rule that says what is wrong in its own words (undefined: nothing is). */
export const stringRule = (rule: (value: string) => string | undefined, params?: Parameters<typeof z.string>[0]) =>
  z.string(params).superRefine((value, ctx) => {
    const message = rule(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const date = (required?: string) =>
  stringRule(
    (value) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "must be a date written YYYY-MM-DD";
      const parsed = new Date(`${value}T00:00:00Z`);
      const real = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
      return real ? undefined : "is not a real date";
    },
    required ? requiredAs(required) : undefined,
  );

export const httpUrl = () =>
  z
    .string()
    .max(LIMITS.urlMax)
    .refine(
      (value) => {
        try {
          return ["http:", "https:"].includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { error: "must be an http(s) URL" },
    );

/** DOIs start with the directory indicator 10. and a registrant code, then a slash and a suffix. */
export const doi = () =>
  z.string().regex(/^10\.[0-9]{4,9}\/\S{1,200}$/, {
    error: "must be a DOI like 10.1002/14651858.CD003528.pub2 (only when confirmed against the source)",
  });

export const pmid = () =>
  z.string().regex(/^[1-9][0-9]{0,9}$/, { error: 'must be a PubMed id: digits in quotes, like "12345678"' });

/** ISBN-10 or ISBN-13, digits only (so two spellings of one book cannot both pass), check digit right. */
export const isbn = () =>
  stringRule((value) => {
    if (!/^(\d{9}[\dX]|\d{13})$/.test(value))
      return 'must be an ISBN-10 or ISBN-13 in quotes, digits only (no hyphens), like "9780683083637"';
    return isValidIsbn(value) ? undefined : "has a wrong check digit (only when confirmed against the book)";
  });

/** External codes by system, e.g. { icd10: I10 }. */
export const codes = () =>
  z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]{0,29}$/, { error: "code system must be a slug of at most 30 characters" }),
      z.string().regex(/^[A-Za-z0-9.-]{1,40}$/, {
        error: "code must be letters, digits, dots or hyphens, at most 40 (quote numeric codes)",
      }),
      {
        error: (issue) =>
          issue.code === "invalid_type" && issue.input !== undefined
            ? "must be a map of code system to code, like { icd10: I10 }"
            : undefined,
      },
    )
    .refine((map) => Object.keys(map).length <= LIMITS.codesMax, { error: `at most ${LIMITS.codesMax} codes` });

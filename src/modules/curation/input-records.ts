import { checkEntity, checkRelationship, checkSource, LIMITS } from "../../records";
import type { RecordProblem } from "../../records";
import { seedKey } from "../../model";
import type { EntityKind } from "../entity";
import { storedOutcome } from "../graph";
import type { Outcome } from "../graph";

/** The input classes' fields this reads (declared here: the classes name their rules from this file). */
type Text = string | null | undefined;
interface EntityFields {
  id: string;
  name: string;
  synonyms?: string[] | null;
  summary: string;
  category?: Text;
  alsoActsAs?: EntityKind[] | null;
  codes?: string[] | null;
  severity?: string;
  scope?: string;
  stage?: Text;
  question?: Text;
  adaptation?: {
    pressure?: Text;
    position?: Text;
    avoid?: string[] | null;
    maxMinutes?: number | null;
    clearance?: boolean | null;
    notes?: Text;
  } | null;
  urgency?: string;
  action?: string;
}
interface SourceFields {
  title: string;
  publisher: string;
  authors?: Text;
  edition?: Text;
  chapter?: Text;
}
interface LinkFields {
  note: string;
  stage?: Text;
  outcome?: Outcome | null;
  locators?: { sourceId: string; locator: string }[] | null;
}

/** Synonyms as the seed format keeps them: trimmed, lowercase, no repeats. */
export function normalizeSynonyms(synonyms: readonly string[] | null | undefined): string[] {
  return [...new Set((synonyms ?? []).map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0))];
}

/*
 * Each input as the record it stores, in the seed files' spelling (stage acute, outcome no-benefit,
 * codes as a map), checked by the same rules as a seed entry (src/records): whatever the API
 * accepts, an export of it loads back. Texts are checked as stored: trimmed.
 */

/** The record without the fields left out (null or undefined): they are cleared, not stored. */
function present(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}

const trimmed = (value: string | null | undefined) => (typeof value === "string" ? value.trim() : value);
const lower = (value: string | null | undefined) => (typeof value === "string" ? value.toLowerCase() : value);

/** "system:code" items as the seed's map; the list's own rules (form, one code per system) first. */
function codesOf(codes: readonly string[] | null | undefined, problems: RecordProblem[]) {
  if (!codes) return undefined;
  const map: Record<string, string> = {};
  for (const item of codes) {
    const at = item.indexOf(":");
    if (at < 0)
      problems.push({ field: "codes", message: 'each of codes must look like "system:code", e.g. icd10:I10' });
    else if (Object.hasOwn(map, item.slice(0, at)))
      problems.push({ field: "codes", message: "codes must name each system once" });
    else map[item.slice(0, at)] = item.slice(at + 1);
  }
  return map;
}

export function entityProblems(kind: EntityKind, input: EntityFields): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const adaptation = input.adaptation;
  const record = present({
    id: input.id,
    name: trimmed(input.name),
    synonyms: input.synonyms ? normalizeSynonyms(input.synonyms) : undefined,
    summary: trimmed(input.summary),
    category: trimmed(input.category),
    alsoActsAs: input.alsoActsAs?.map(seedKey),
    codes: codesOf(input.codes, problems),
    severity: input.severity,
    scope: input.scope,
    stage: lower(input.stage),
    question: trimmed(input.question),
    adaptation:
      adaptation &&
      present({
        pressure: lower(adaptation.pressure),
        position: trimmed(adaptation.position),
        avoid: adaptation.avoid?.map((a) => a.trim()),
        maxMinutes: adaptation.maxMinutes,
        clearance: adaptation.clearance,
        notes: trimmed(adaptation.notes),
      }),
    urgency: input.urgency,
    action: trimmed(input.action),
  });
  return [...problems, ...checkEntity(kind, record).problems];
}

export function sourceProblems(input: SourceFields): RecordProblem[] {
  const record = present({
    ...input,
    title: trimmed(input.title),
    publisher: trimmed(input.publisher),
    authors: trimmed(input.authors),
    edition: trimmed(input.edition),
    chapter: trimmed(input.chapter),
  });
  return checkSource(record).problems;
}

export function linkProblems(input: LinkFields): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const record = present({
    ...input,
    note: trimmed(input.note),
    stage: lower(input.stage),
    outcome: storedOutcome(input.outcome),
    locators: locatorsOf(input.locators, problems),
  });
  return [...problems, ...checkRelationship(record).problems];
}

/**
 * The input's list as the seed's map (source id -> chapter or page, trimmed), one entry per source; a
 * repeat is one problem however often it comes (the record rules then check keys and texts).
 */
export function locatorsOf(
  locators: LinkFields["locators"],
  problems: RecordProblem[] = [],
): Record<string, string> | undefined {
  if (!locators || locators.length === 0) return undefined;
  if (locators.length > LIMITS.sourcesMax) {
    problems.push({ field: "locators", message: `must hold at most ${LIMITS.sourcesMax} items` });
    return undefined;
  }
  const entries = new Map(locators.map(({ sourceId, locator }) => [sourceId, locator.trim()]));
  if (entries.size < locators.length) problems.push({ field: "locators", message: "must name each source once" });
  return Object.fromEntries(entries);
}

/**
 * How related another ailment is, from the evidence the related-ailments query collects (the one
 * statement of the weights and reasons; the README points here):
 *   RELATED_TO (either way)            3    "Clinically related to muscle spasm"
 *   LEADS_TO (either way)              3    "Muscle spasm leads to muscle ischemia"
 *   CAUSED_BY between the two          2    "Migraine can be caused by stress"
 *   DISTINCT_FROM (either way)         1    "Explicitly distinct from muscle spasm (often confused)"
 *   each shared cause                  1 x specificity   "Shares causes: poor posture, stress"
 *   each shared therapy (TREATED_BY)   0.5 x specificity "Shares therapies: stretching"
 * Explicit links weigh most because a curator stated them. A shared cause or therapy counts by how
 * specific it is (see specificity): one shared by two ailments counts in full, one shared by half
 * the graph (ageing, obesity, relaxation massage) counts little.
 */
export const RELATED_WEIGHTS = {
  RELATED_TO: 3,
  LEADS_TO: 3,
  CAUSED_BY: 2,
  DISTINCT_FROM: 1,
  SHARED_CAUSE: 1,
  SHARED_THERAPY: 0.5,
} as const;

export type EvidenceKind = keyof typeof RELATED_WEIGHTS;

export interface Evidence {
  kind: EvidenceKind;
  /** Shared causes and therapies: how many ailments share it (null for explicit links). */
  share?: number | null;
  /** The other ailment's name for links; the shared cause's or therapy's name otherwise. */
  via: string;
  /** For links: true when the stored arrow leaves the ailment asked about. */
  outgoing: boolean | null;
}

const LISTED_NAMES = 5;

/** "Muscle spasm" -> "muscle spasm" in mid-sentence; acronyms ("SLE") stay. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listNames(names: string[]): string {
  const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b)).map(inSentence);
  const shown = sorted.slice(0, LISTED_NAMES).join(", ");
  return sorted.length > LISTED_NAMES ? `${shown} and ${sorted.length - LISTED_NAMES} more` : shown;
}

function linkReason(e: Evidence, asked: string): string {
  const [from, to] = e.outgoing ? [asked, e.via] : [e.via, asked];
  switch (e.kind) {
    case "RELATED_TO":
      return `Clinically related to ${inSentence(asked)}`;
    case "LEADS_TO":
      return `${capitalise(inSentence(from))} leads to ${inSentence(to)}`;
    case "CAUSED_BY":
      return `${capitalise(inSentence(from))} can be caused by ${inSentence(to)}`;
    default:
      return `Explicitly distinct from ${inSentence(asked)} (often confused)`;
  }
}

/**
 * Inverse document frequency over ailments, normalised so that a cause shared by exactly two
 * ailments counts 1 and one shared by all counts 0, and squared so that common ones fade fast:
 * with 16 ailments, shared by 3 counts 0.64, by 4 0.44, by 5 0.31, by 8 0.11.
 */
export function specificity(share: number | null | undefined, total: number | null | undefined): number {
  if (!share || !total || total <= 2) return 1;
  const idf = Math.log(total / Math.max(share, 2)) / Math.log(total / 2);
  return Math.min(1, Math.max(0, idf)) ** 2;
}

/** Score and reasons in words, explicit links first. `asked` is the name of the ailment asked about; `total` the number of ailments. */
export function scoreRelated(
  asked: string,
  evidence: Evidence[],
  total: number | null = null,
): { score: number; reasons: string[] } {
  const raw = evidence.reduce((sum, e) => sum + (RELATED_WEIGHTS[e.kind] ?? 0) * specificity(e.share, total), 0);
  const score = Math.round(raw * 1000) / 1000;
  const links = evidence.filter((e) => e.kind !== "SHARED_CAUSE" && e.kind !== "SHARED_THERAPY");
  const causes = evidence.filter((e) => e.kind === "SHARED_CAUSE").map((e) => e.via);
  const therapies = evidence.filter((e) => e.kind === "SHARED_THERAPY").map((e) => e.via);
  const reasons = [...new Set(links.map((e) => linkReason(e, asked)))];
  if (causes.length > 0) reasons.push(`Shares ${causes.length === 1 ? "a cause" : "causes"}: ${listNames(causes)}`);
  if (therapies.length > 0)
    reasons.push(`Shares ${therapies.length === 1 ? "a therapy" : "therapies"}: ${listNames(therapies)}`);
  return { score, reasons };
}

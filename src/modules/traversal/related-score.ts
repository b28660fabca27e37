/**
 * How related another ailment is, from the evidence the related-ailments query collects:
 *   RELATED_TO (either way)            3    "Clinically related to muscle spasm"
 *   LEADS_TO (either way)              3    "Muscle spasm leads to muscle ischemia"
 *   CAUSED_BY between the two          2    "Migraine can be caused by stress"
 *   DISTINCT_FROM (either way)         1    "Explicitly distinct from muscle spasm (often confused)"
 *   each shared cause                  1    "Shares causes: poor posture, stress"
 *   each shared therapy (TREATED_BY)   0.5  "Shares therapies: stretching"
 * Explicit links weigh most because a curator stated them; a shared cause is a clinical link
 * on its own; many ailments share common therapies, so those weigh least.
 */
export const RELATED_WEIGHTS = { RELATED_TO: 3, LEADS_TO: 3, CAUSED_BY: 2, DISTINCT_FROM: 1, SHARED_CAUSE: 1, SHARED_THERAPY: 0.5 } as const;

export type EvidenceKind = keyof typeof RELATED_WEIGHTS;

export interface Evidence {
  kind: EvidenceKind;
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

/** Score and reasons in words, explicit links first. `asked` is the name of the ailment asked about. */
export function scoreRelated(asked: string, evidence: Evidence[]): { score: number; reasons: string[] } {
  const score = evidence.reduce((sum, e) => sum + (RELATED_WEIGHTS[e.kind] ?? 0), 0);
  const links = evidence.filter((e) => e.kind !== "SHARED_CAUSE" && e.kind !== "SHARED_THERAPY");
  const causes = evidence.filter((e) => e.kind === "SHARED_CAUSE").map((e) => e.via);
  const therapies = evidence.filter((e) => e.kind === "SHARED_THERAPY").map((e) => e.via);
  const reasons = [...new Set(links.map((e) => linkReason(e, asked)))];
  if (causes.length > 0) reasons.push(`Shares ${causes.length === 1 ? "a cause" : "causes"}: ${listNames(causes)}`);
  if (therapies.length > 0) reasons.push(`Shares ${therapies.length === 1 ? "a therapy" : "therapies"}: ${listNames(therapies)}`);
  return { score, reasons };
}

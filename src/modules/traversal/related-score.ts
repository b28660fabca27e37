/**
 * How related another ailment is: the weights the related-ailments query scores with (the one statement
 * of them; the README points here) and the reasons in words. The query (cypher/queries/traversal/
 * related-ailments.cypher) scores, applies the floor and ranks; this file words what it found.
 *   RELATED_TO (either way)        3                  "Anxiety and depression are closely related"
 *   LEADS_TO (either way)          3                  "Sciatica is often a result of degenerative disc disease"
 *   CAUSED_BY between the two      3                  "Migraine can be brought on by stress"
 *   DISTINCT_FROM (either way)     3                  "Often confused with migraine, but a different condition"
 *   each shared cause              1 x specificity    "Both are often brought on by poor posture"
 *   each shared mechanism node     1 x specificity    "Both can lead to decreased range of motion"
 *   each shared presentation       1.5 x specificity  "Both can come with nerve root signs" (PRESENTS_AS)
 *   each shared red flag           1 x specificity    "Both share a warning sign: ..." (HAS_RED_FLAG)
 *   each shared helping therapy    0.5 x specificity  "Both are often helped by stretching"
 *   each shared prevention         0.5 x specificity  "Both can often be prevented by warm-up and cool-down"
 *   each shared generic factor     0                  "Both are more common with ageing" (a reason, never a weight)
 * Specificity is 1 for a cause shared by two ailments and fades to 0 for one shared by all (see the query).
 * Explicit links rank first (a curator stated them), then the score, then the best evidence grade among the
 * explicit links. Every kind of explicit link weighs the same: a cause between two ailments or a differential
 * is as much a curator's statement as "closely related", so which of them joins two ailments does not decide
 * their order; the specific evidence they share does. Generic factors weigh nothing: age or sex shared says
 * nothing about which conditions go together, so they neither lift an ailment in nor reorder two (they stay
 * among the reasons). The weights, the floor and the generic factors were set on the judged set
 * (test/fixtures/related-relevance.yaml; README: Related conditions).
 * A shared presentation weighs more than a shared cause: two conditions that show the same way (nerve root
 * signs, lost sensation) are the ones a reader must tell apart, where a shared cause is often incidental.
 */
export const RELATED_WEIGHTS = {
  RELATED_TO: 3,
  LEADS_TO: 3,
  CAUSED_BY: 3,
  DISTINCT_FROM: 3,
  SHARED_CAUSE: 1,
  SHARED_MECHANISM: 1,
  SHARED_PRESENTATION: 1.5,
  SHARED_RED_FLAG: 1,
  SHARED_THERAPY: 0.5,
  SHARED_PREVENTION: 0.5,
  GENERIC_CAUSE: 0,
} as const;

/**
 * The floor: an ailment is related when its evidence, generic factors left out, weighs at least this
 * much: one explicit link, one presentation only the two share, or specific shared causes, mechanisms,
 * presentations or red flags (a cause shared by two ailments weighs 1, so it takes more than one such, or one
 * with a therapy, to pass).
 * Below it the answer is shorter (or empty) rather than padded with a weak tail.
 */
export const RELATED_FLOOR = 1.5;

/**
 * Causes that say little about which conditions go together (demographic and constitutional factors):
 * given as reasons, they weigh nothing, and the floor is applied to the score without them (so a weight
 * given to them later could still never lift an ailment over it on their own).
 */
export const GENERIC_CAUSES = ["ageing", "female-sex", "obesity", "smoking", "genetic-predisposition"] as const;

/** Causes, therapies and mechanisms less specific than this are not expanded (they would add next to nothing). */
export const RELATED_MIN_SPECIFICITY = 0.02;

type EvidenceKind = keyof typeof RELATED_WEIGHTS;

export interface Evidence {
  kind: EvidenceKind;
  /** The other ailment's name for links; the shared cause's, therapy's or mechanism's name otherwise. */
  via: string;
  /** Links: true when the stored arrow leaves the ailment asked about. Mechanisms: the asked one leads to it. */
  outgoing: boolean | null;
  /** Mechanisms: true when the mechanism leads on to the related ailment. */
  onward?: boolean | null;
  /** What this piece of evidence added to the score. */
  weight: number;
}

const LISTED_NAMES = 4;

/** "Muscle spasm" -> "muscle spasm" in mid-sentence; acronyms ("SLE") stay. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c", "a, b, c, d and 2 more"; the weightiest first. */
function listNames(evidence: Evidence[], separator = ", "): string {
  const byWeight = [...evidence].sort((x, y) => y.weight - x.weight || x.via.localeCompare(y.via));
  const names = [...new Set(byWeight.map((e) => inSentence(e.via)))];
  if (names.length > LISTED_NAMES)
    return `${names.slice(0, LISTED_NAMES).join(separator)} and ${names.length - LISTED_NAMES} more`;
  // With semicolons (names that hold commas) the last one reads "; and ...".
  const last = separator === ", " ? " and " : `${separator}and `;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(separator)}${last}${names.at(-1)}`;
}

function linkReason(e: Evidence, asked: string): string {
  const [from, to] = e.outgoing ? [asked, e.via] : [e.via, asked];
  switch (e.kind) {
    case "RELATED_TO":
      return `${capitalise(inSentence(asked))} and ${inSentence(e.via)} are closely related`;
    case "LEADS_TO":
      return `${capitalise(inSentence(to))} is often a result of ${inSentence(from)}`;
    case "CAUSED_BY":
      return `${capitalise(inSentence(from))} can be brought on by ${inSentence(to)}`;
    default:
      return `Often confused with ${inSentence(asked)}, but a different condition`;
  }
}

function mechanismReason(e: Evidence, asked: string, related: string): string {
  const via = inSentence(e.via);
  if (e.outgoing && !e.onward) return `Both can lead to ${via}`;
  if (!e.outgoing && e.onward) return `Both can follow ${via}`;
  const [from, to] = e.outgoing ? [asked, related] : [related, asked];
  return `${capitalise(inSentence(from))} can lead to ${via}, which can lead to ${inSentence(to)}`;
}

/**
 * The reasons in words, explicit links first, then shared causes, mechanisms, presentations, red flags,
 * therapies, preventions and generic factors. `asked` is the name of the ailment asked about, `related` the name of the related one.
 */
export function relatedReasons(asked: string, related: string, evidence: Evidence[]): string[] {
  const of = (kind: EvidenceKind) => evidence.filter((e) => e.kind === kind);
  const linkOrder: EvidenceKind[] = ["RELATED_TO", "LEADS_TO", "CAUSED_BY", "DISTINCT_FROM"];
  const links = evidence
    .filter((e) => linkOrder.includes(e.kind))
    .sort((x, y) => linkOrder.indexOf(x.kind) - linkOrder.indexOf(y.kind));
  const reasons = links.map((e) => linkReason(e, asked));
  const listed = (kind: EvidenceKind, words: string, separator?: string) => {
    if (of(kind).length > 0) reasons.push(`${words} ${listNames(of(kind), separator)}`);
  };
  listed("SHARED_CAUSE", "Both are often brought on by");
  // Heaviest first, then by name and direction: the order the query collects them in is not the answer's.
  const order = (e: Evidence) => `${e.via}\u0000${String(e.outgoing)}\u0000${String(e.onward)}`;
  const byOrder = (x: Evidence, y: Evidence) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0);
  const mechanisms = of("SHARED_MECHANISM").sort((x, y) => y.weight - x.weight || byOrder(x, y));
  reasons.push(...mechanisms.map((e) => mechanismReason(e, asked, related)));
  listed("SHARED_PRESENTATION", "Both can come with", "; ");
  const flags = of("SHARED_RED_FLAG").length;
  if (flags > 0)
    listed("SHARED_RED_FLAG", flags === 1 ? "Both share a warning sign:" : "Both share warning signs:", "; ");
  listed("SHARED_THERAPY", "Both are often helped by");
  listed("SHARED_PREVENTION", "Both can often be prevented by");
  listed("GENERIC_CAUSE", "Both are more common with");
  return [...new Set(reasons)];
}

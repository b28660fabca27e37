import { EntityKind } from "../entity";
import type { EntityRecord } from "../entity";
import { signalsEmergency } from "./emergency-words";
import { FILLER } from "./lay-words";
import { STOP_WORDS, textWords } from "./search-terms";
import { PREFIX, SAME_STEM, TermMatcher } from "./word-match";

/**
 * Orders the index's candidates the way a person expects, and drops the ones below a floor:
 * 1. an exact name or synonym (every typed word, nothing more) first;
 * 2. then how much of the text a name (or, a little less, a synonym) covers, and how much of that
 *    label the text covers ("spasm": Muscle spasm before Spasm splinting an acute injury),
 *    with a bonus when the words come in the label's order (a phrase);
 * 3. summaries count for less; 4. a small prior by kind: ailments and red flags are what people
 *    look for most; 5. words that signal an emergency put red flags ahead, and never a therapy first;
 * 6. a red flag whose words (name, synonyms and the summary that says what to watch for) hold most of
 *    the text is "described" by it: it passes the floor, and from three words on ranks as for an
 *    emergency word, so
 *    "swollen calf after a long flight" finds the clot's red flag though no label holds the sentence;
 * 7. a typed word that no candidate holds anywhere ("hamstring", "flight") counts half: the graph cannot
 *    match it, and it should not sink what matches the rest ("strained my hamstring": Muscle strain);
 * 8. when nothing passes the floor but a red flag holds three of the words, or two with an emergency word
 *    among them, the best few such red flags are the answer: a long description of an emergency ("crushing
 *    pain in my chest going down my left arm") holds too many other words to pass the floor, and nothing is
 *    the worst answer to it.
 */

const SYNONYM_WEIGHT = 0.95;
const SUMMARY_WEIGHT = 0.45;
/** Words found across several labels count less than in one. */
const SPREAD_WEIGHT = 0.75;
/** Typed words the best label misses but another name or synonym of the entity holds. */
const OTHER_LABEL_WEIGHT = 0.5;
const EXACT_BONUS = 1;
const PHRASE_BONUS = 0.15;
const EMERGENCY_RED_FLAG_BONUS = 0.6;
/** Weight of a typed word no candidate holds (in any name, synonym or summary). */
const UNKNOWN_WORD_WEIGHT = 0.5;
/** Known words needed before unknown ones are weighed down. */
const MIN_KNOWN_WORDS = 2;
/** A red flag is described by the text when its words hold this share of the typed words... */
const DESCRIBED_SHARE = 0.6;
/** ...and at least this many of them (one word is a keyword, not a description). */
const DESCRIBED_MIN_WORDS = 2;
/**
 * Known words a description needs before it ranks its red flag as an emergency word would: two words
 * ("arm pain", "tummy ache") find the red flag, three ("calf swollen and hot") put it ahead of the rest.
 */
const URGENT_DESCRIPTION_WORDS = 3;
/** Red flags returned at most when nothing passed the floor but some red flags hold part of the text. */
export const RESCUED_RED_FLAGS = 3;
/** A described red flag's match: this times the share held (above the floor from DESCRIBED_SHARE on)... */
const DESCRIBED_WEIGHT = 0.75;
/** ...plus this share of its own label match, so two described red flags are ordered by their names. */
const DESCRIBED_LABEL_WEIGHT = 0.2;
/** A head start by kind; a kind the model adds later has none. */
const KIND_PRIOR: Partial<Record<EntityKind, number>> = {
  [EntityKind.AILMENT]: 0.2,
  [EntityKind.RED_FLAG]: 0.15,
  [EntityKind.CONTRAINDICATION]: 0.05,
  [EntityKind.THERAPY]: 0.05,
  [EntityKind.CAUSE]: 0,
};
/** The floor: a hit's own match (without priors) must reach this... */
const MIN_MATCH = 0.4;
/** ...and its score this share of the best hit's score. */
const MIN_SHARE_OF_TOP = 0.3;

export interface RankedHit {
  entity: EntityRecord;
  score: number;
}

interface LabelMatch {
  /** Share of the typed words found in the label (each weighted by how well it matched). */
  coverage: number;
  /** Share of the label's words that a typed word matched. */
  precision: number;
  /** Every typed word matched as itself or its stem, and every label word was matched. */
  exact: boolean;
  /** The typed words appear next to each other, in order. */
  phrase: boolean;
}

/** Terms that count for ranking: the typed words without filler (all of them if only filler was typed). */
function rankingTerms(terms: string[]): string[] {
  return terms.filter((t) => !FILLER.has(t));
}

function labelWords(label: string): string[] {
  return textWords(label).filter((w) => !STOP_WORDS.has(w));
}

/** One search's terms with what it remembers: word matches and the words of each label. */
class RankContext {
  readonly matcher: TermMatcher;
  /** How much each term counts (1, or less for a word no candidate holds). */
  weights: number[];
  private readonly wordsCache = new Map<string, string[]>();
  private readonly labelCache = new Map<string, { match: LabelMatch; best: number[] }>();
  private readonly summaryCache = new Map<string, boolean[]>();

  constructor(readonly terms: string[]) {
    this.matcher = new TermMatcher(terms);
    this.weights = terms.map(() => 1);
  }

  /** Weighs down the terms no candidate holds; call before ranking (it clears the label matches). */
  weighUnknownWords(candidates: Matchable[]): void {
    const known = this.terms.map(() => false);
    for (const entity of candidates) {
      const held = this.held(entity);
      held.forEach((h, t) => (known[t] ||= h));
    }
    // Only when two words or more are known: one known word beside unknown ones is too little to go on
    // ("train timetable" must not find a strain by one typo, nor "hair loss" weight loss).
    if (known.filter((k) => k).length >= MIN_KNOWN_WORDS)
      this.weights = known.map((k) => (k ? 1 : UNKNOWN_WORD_WEIGHT));
    this.labelCache.clear();
  }

  /** The weighted mean of one value per term. */
  weighted(values: number[]): number {
    let sum = 0;
    let weight = 0;
    values.forEach((v, t) => ((sum += v * this.weights[t]), (weight += this.weights[t])));
    return weight === 0 ? 0 : sum / weight;
  }

  /** Which terms the entity holds (any match a label allows, or a word, stem or lay equivalent in the summary). */
  held(entity: Matchable): boolean[] {
    const summary = this.summaryHolds(entity.summary ?? "");
    const held = summary.slice();
    for (const label of [entity.name, ...entity.synonyms]) {
      this.label(label).best.forEach((q, t) => (held[t] ||= q >= PREFIX));
    }
    return held;
  }

  /** A label's match and the best quality of each term in it; names and synonyms repeat across entities. */
  label(label: string): { match: LabelMatch; best: number[] } {
    let found = this.labelCache.get(label);
    if (!found) {
      const qualities = this.words(label).map((w) => this.matcher.qualities(w));
      const best = this.terms.map((_, t) => Math.max(0, ...qualities.map((q) => q[t])));
      this.labelCache.set(label, (found = { match: matchLabel(this, qualities), best }));
    }
    return found;
  }

  /** Which terms a summary holds (by word or stem). */
  summaryHolds(summary: string): boolean[] {
    let held = this.summaryCache.get(summary);
    if (!held) this.summaryCache.set(summary, (held = this.matcher.heldBy(this.words(summary))));
    return held;
  }

  words(label: string): string[] {
    let words = this.wordsCache.get(label);
    if (!words) this.wordsCache.set(label, (words = labelWords(label)));
    return words;
  }
}

/** `qualities[i][t]`: how well term t matches the label's word i. */
function matchLabel(ctx: RankContext, qualities: number[][]): LabelMatch {
  const terms = ctx.terms;
  if (qualities.length === 0 || terms.length === 0) return { coverage: 0, precision: 0, exact: false, phrase: false };
  const matched = new Set<number>();
  const positions: number[] = [];
  const bests: number[] = [];
  let allStrong = true;
  for (let t = 0; t < terms.length; t++) {
    let best = 0;
    let at = -1;
    for (let i = 0; i < qualities.length; i++) {
      if (qualities[i][t] > best) [best, at] = [qualities[i][t], i];
    }
    bests.push(best);
    if (best < SAME_STEM) allStrong = false;
    if (at >= 0) matched.add(at);
    positions.push(at);
  }
  const precision = matched.size / qualities.length;
  const phrase = terms.length > 1 && positions.every((p, i) => p >= 0 && (i === 0 || p === positions[i - 1] + 1));
  return { coverage: ctx.weighted(bests), precision, exact: allStrong && precision === 1, phrase };
}

const labelScore = (m: LabelMatch) =>
  m.coverage * (0.6 + 0.4 * m.precision) + (m.phrase ? PHRASE_BONUS : 0) + (m.exact ? EXACT_BONUS : 0);

interface MatchParts {
  name: number;
  synonym: number;
  /** Typed words the best label misses but another label holds. */
  otherLabels: number;
  /** Every typed word found in some name or synonym, though not all in one. */
  spread: number;
  /** Typed words the best label misses but the summary holds. */
  summary: number;
}

type Matchable = Pick<EntityRecord, "name" | "synonyms" | "summary">;

function parts(ctx: RankContext, entity: Matchable): MatchParts {
  const perTerm = ctx.terms.map(() => 0);
  const scores: number[] = [];
  const matches: LabelMatch[] = [];
  for (const label of [entity.name, ...entity.synonyms]) {
    const { match, best } = ctx.label(label);
    best.forEach((q, t) => (perTerm[t] = Math.max(perTerm[t], q)));
    matches.push(match);
    scores.push((matches.length === 1 ? 1 : SYNONYM_WEIGHT) * labelScore(match));
  }
  const best = matches[scores.indexOf(Math.max(...scores))];
  const held = ctx.summaryHolds(entity.summary ?? "");
  return {
    name: scores[0],
    synonym: Math.max(0, ...scores.slice(1)),
    otherLabels: OTHER_LABEL_WEIGHT * Math.max(0, ctx.weighted(perTerm) - best.coverage),
    spread: SPREAD_WEIGHT * ctx.weighted(perTerm),
    summary: SUMMARY_WEIGHT * ctx.weighted(perTerm.map((q, t) => (held[t] ? 1 - q : 0))),
  };
}

const total = (p: MatchParts) => Math.max(p.name + p.otherLabels, p.synonym + p.otherLabels, p.spread) + p.summary;

/** Plain code-unit order for ties: deterministic, and far cheaper than localeCompare. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const kindPrior = (entity: EntityRecord) => Math.max(0, ...entity.roles.map((role) => KIND_PRIOR[role] ?? 0));
const isRedFlag = (entity: EntityRecord) => entity.roles.includes(EntityKind.RED_FLAG);
const isOnlyTherapy = (entity: EntityRecord) => entity.roles.every((role) => role === EntityKind.THERAPY);

/**
 * The share of the typed words each described red flag's words hold. A red flag is described when its
 * words hold most of the typed words (DESCRIBED_SHARE, at least DESCRIBED_MIN_WORDS known ones) and no
 * entity that is not a red flag holds all of those: "back pain" is low back pain, not every red flag
 * with back pain in it, while "back pain that wakes me at night" says more than low back pain holds.
 */
function describedShares(
  ctx: RankContext,
  candidates: EntityRecord[],
): { shares: Map<EntityRecord, number>; urgent: Set<EntityRecord> } {
  const othersHeld = candidates.filter((e) => !isRedFlag(e)).map((e) => ctx.held(e));
  const shares = new Map<EntityRecord, number>();
  const urgent = new Set<EntityRecord>();
  for (const entity of candidates.filter(isRedFlag)) {
    const held = ctx.held(entity);
    const share = ctx.weighted(held.map((h) => (h ? 1 : 0)));
    const known = held.filter((h, t) => h && ctx.weights[t] === 1).length;
    const heldElsewhere = othersHeld.some((other) => held.every((h, t) => !h || other[t]));
    if (known < DESCRIBED_MIN_WORDS || share < DESCRIBED_SHARE || heldElsewhere) continue;
    shares.set(entity, share);
    if (known >= URGENT_DESCRIPTION_WORDS) urgent.add(entity);
  }
  return { shares, urgent };
}

/**
 * Whether a red flag holds enough of the text to be shown when nothing passed the floor: three known words
 * (URGENT_DESCRIPTION_WORDS), or two (DESCRIBED_MIN_WORDS) of which one signals an emergency.
 */
function holdsPartOfText(ctx: RankContext, entity: EntityRecord): boolean {
  const held = ctx.held(entity);
  const known = held.filter((h, t) => h && ctx.weights[t] === 1).length;
  if (known >= URGENT_DESCRIPTION_WORDS) return true;
  return known >= DESCRIBED_MIN_WORDS && ctx.terms.some((term, t) => held[t] && signalsEmergency([term]));
}

/** Nothing passed the floor: the red flags that hold part of the text, best matches first, a few at most. */
function rescuedRedFlags<T extends { entity: EntityRecord; match: number }>(ctx: RankContext, hits: T[]): T[] {
  return hits
    .filter((hit) => isRedFlag(hit.entity) && holdsPartOfText(ctx, hit.entity))
    .sort((a, b) => b.match - a.match)
    .slice(0, RESCUED_RED_FLAGS);
}

/** The candidates ranked best first, below-floor hits dropped; ties by name then id. */
export function rankHits(typedTerms: string[], candidates: EntityRecord[]): RankedHit[] {
  const terms = rankingTerms(typedTerms);
  if (terms.length === 0) return [];
  const emergency = signalsEmergency(terms);
  const ctx = new RankContext(terms);
  ctx.weighUnknownWords(candidates);
  const describedBy = describedShares(ctx, candidates);
  const hits = candidates.map((entity) => {
    const described = describedBy.shares.get(entity) ?? 0;
    const own = total(parts(ctx, entity));
    const match = described > 0 ? Math.max(own, DESCRIBED_WEIGHT * described + DESCRIBED_LABEL_WEIGHT * own) : own;
    const urgent = isRedFlag(entity) && (emergency || describedBy.urgent.has(entity));
    const bonus = kindPrior(entity) + (urgent ? EMERGENCY_RED_FLAG_BONUS : 0);
    return { entity, match, score: match + bonus };
  });
  const passing = hits.filter((hit) => hit.match >= MIN_MATCH);
  const scored = (passing.length > 0 ? passing : rescuedRedFlags(ctx, hits)).sort(
    (a, b) => b.score - a.score || byText(a.entity.name, b.entity.name) || byText(a.entity.id, b.entity.id),
  );
  if (emergency && scored.length > 0 && isOnlyTherapy(scored[0].entity)) {
    // Safety over relevance: whatever matched better, an emergency is never answered with a therapy first.
    const first = scored.findIndex((hit) => !isOnlyTherapy(hit.entity));
    if (first > 0) {
      const [safe] = scored.splice(first, 1);
      scored.unshift({ ...safe, score: scored[0].score + 0.001 });
    }
  }
  const top = scored[0]?.score ?? 0;
  return scored.filter((hit) => hit.score >= MIN_SHARE_OF_TOP * top).map(({ entity, score }) => ({ entity, score }));
}

import type { EntityRecord } from "../entity";
import { BodyRegion, pressureRank } from "../entity";
import type { Situation, StateInfo } from "./situation";
import { isAbsolute, isGeneral } from "./contraindication-kinds";

/**
 * Safety by technique (docs/safety-policy.md): what a therapy IS (its defining pressure, the regions
 * it works on, a thermal agent) against what a state of the person restricts (a precaution's
 * pressure, regions, thermal agents). A therapy whose defining property is restricted is excluded,
 * not kept with a caution that contradicts it; where the answer turns on a site nobody gave, it asks.
 */
type FindingEffect = "EXCLUDE" | "ASK_SITE" | "PRECAUTION";

export interface TechniqueFinding {
  state: StateInfo;
  effect: FindingEffect;
  /** The rule in words, without the state's label (the verdict adds it). */
  text: string;
  /** ASK_SITE: whose site is asked (the state, or the ailment a lesion technique works on). */
  siteOf: EntityRecord | null;
  /** ASK_SITE: the regions the therapy works on, as far as known (for the question's effect). */
  regions: BodyRegion[];
}

/** Where a therapy works for this person: whole body, known regions, or a lesion whose site nobody gave. */
interface Reach {
  whole: boolean;
  known: BodyRegion[];
  /** An asked ailment it works on whose site is unknown (LESION techniques). */
  unknownLesion: EntityRecord | null;
}

export const regionWords = (regions: readonly BodyRegion[]): string =>
  regions.map((r) => r.toLowerCase().replace(/_/g, " ")).join(" or ");

const PRESSURE_WORDS: Record<string, string> = { DEEP: "deep or sustained", MODERATE: "firm", LIGHT: "light" };

function reach(therapy: EntityRecord, ailmentIds: string[], situation: Situation): Reach | null {
  if (therapy.regions.length === 0) return null;
  const whole = therapy.regions.includes(BodyRegion.WHOLE_BODY);
  const known = new Set<BodyRegion>(
    therapy.regions.filter((r) => r !== BodyRegion.WHOLE_BODY && r !== BodyRegion.LESION),
  );
  let unknownLesion: EntityRecord | null = null;
  if (therapy.regions.includes(BodyRegion.LESION)) {
    for (const id of ailmentIds) {
      const ailment = situation.entities.find((e) => e.id === id);
      const site = situation.sites.get(id) ?? ailment?.regions ?? [];
      if (site.length === 0) unknownLesion ??= ailment ?? null;
      site.forEach((r) => known.add(r));
    }
  }
  return { whole, known: [...known].sort(), unknownLesion };
}

/**
 * Where a local state is: as the person answered, as the state fixes it (an abdominal aortic
 * aneurysm), or where the ailments presenting as it are (an acute strain is where the strain is).
 */
function siteOf(info: StateInfo, situation: Situation): BodyRegion[] | null {
  const given = situation.sites.get(info.state.id);
  if (given) return given;
  if (info.state.restrictsRegions.length > 0) return info.state.restrictsRegions;
  if (info.presentedBy.length === 0) return null;
  const regions = info.presentedBy.map((p) => situation.sites.get(p.entity.id) ?? p.entity.regions);
  return regions.every((r) => r.length > 0) ? [...new Set(regions.flat())].sort() : null;
}

/** The findings for one therapy, at most one per state (the strongest), for every state not ruled out. */
export function techniqueFindings(
  therapy: EntityRecord,
  ailmentIds: string[],
  linkedStateIds: ReadonlySet<string>,
  situation: Situation,
): TechniqueFinding[] {
  const where = reach(therapy, ailmentIds, situation);
  const findings: TechniqueFinding[] = [];
  for (const info of situation.states.values()) {
    if (info.status === "RULED_OUT") continue;
    const finding = judgeState(therapy, where, info, linkedStateIds.has(info.state.id), situation);
    if (finding) findings.push(finding);
  }
  return findings;
}

function judgeState(
  therapy: EntityRecord,
  where: Reach | null,
  info: StateInfo,
  linked: boolean,
  situation: Situation,
): TechniqueFinding | null {
  const c = info.state;
  const cap = pressureRank(c.adaptation?.pressure);
  const own = pressureRank(therapy.pressure);
  const pressureClash = cap !== undefined && own !== undefined && own > cap;
  const thermalClash = therapy.thermal !== null && c.restrictsThermal.includes(therapy.thermal);
  const make = (effect: FindingEffect, text: string, siteOf: EntityRecord | null = null): TechniqueFinding => ({
    state: info,
    effect,
    text,
    siteOf,
    regions: where?.known ?? [],
  });
  const pressureText = `${therapy.name} works by ${PRESSURE_WORDS[therapy.pressure ?? ""]} pressure, and only ${(
    c.adaptation?.pressure ?? ""
  ).toLowerCase()} pressure is safe`;
  const thermalText = `${therapy.name} applies ${therapy.thermal?.toLowerCase()}, which is not safe`;

  if (isGeneral(c)) {
    if (pressureClash) return make("EXCLUDE", `${pressureText}, so it is not given at all.`);
    if (thermalClash) return make("EXCLUDE", `${thermalText}, so it is not given at all.`);
    if (c.restrictsRegions.length === 0 || !where || where.whole || where.unknownLesion || where.known.length === 0)
      return null;
    const inside = where.known.filter((r) => c.restrictsRegions.includes(r));
    if (inside.length === where.known.length)
      return make("EXCLUDE", `${therapy.name} works only on the ${regionWords(where.known)}, so it is not given.`);
    if (inside.length > 0) return make("PRECAUTION", `do not give ${therapy.name} on the ${regionWords(inside)}.`);
    return null;
  }

  // LOCAL: a ban on the site itself (any work there), or on the technique's defining property there.
  const banned = (isAbsolute(c) && (linked || c.restrictsRegions.length > 0)) || pressureClash || thermalClash;
  if (!banned || !where || where.whole) return null;
  const why = pressureClash ? ` (${pressureText} there)` : thermalClash ? ` (${thermalText} there)` : "";
  const site = siteOf(info, situation);
  if (!site) return make("ASK_SITE", `where it is decides whether ${therapy.name} can be given at all${why}.`, c);
  const overlap = where.known.filter((r) => site.includes(r));
  if (where.unknownLesion && (where.known.length === 0 || overlap.length < where.known.length))
    return make(
      "ASK_SITE",
      `${therapy.name} works on the ${where.unknownLesion.name.toLowerCase()} itself; if that is on the ${regionWords(site)}, it is not given${why}.`,
      where.unknownLesion,
    );
  if (overlap.length === where.known.length && overlap.length > 0)
    return make(
      "EXCLUDE",
      `${therapy.name} works only on the ${regionWords(where.known)}, where it is${why}, so it is not given.`,
    );
  if (overlap.length > 0)
    return make(
      "PRECAUTION",
      `do not give ${therapy.name} on the ${regionWords(overlap)}${why}; elsewhere it may go ahead.`,
    );
  return null;
}

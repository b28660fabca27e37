import type { EntityRecord } from "../entity";
import type { ScoredPath } from "./recommendation.record";
import { siteQuestionId, stateQuestionId, stageQuestionId } from "./question-ids";
import type { Situation, StateInfo } from "./situation";
import { stageHolds } from "./stage-rule";
import { adaptationText } from "./adaptation-text";
import { isAbsolute, isGeneral, label, rulesOutTherapy } from "./contraindication-kinds";
import { techniqueFindings, TechniqueFinding } from "./technique-rules";

/** A contraindication bearing on one candidate therapy, through the therapy or a part it INCLUDES. */
export interface Bearing {
  contraindication: EntityRecord;
  via: { id: string; name: string };
  note: string | null;
  /** The link says ABSOLUTE: this therapy is not given at all in that state, whatever the state's severity. */
  absolute: boolean;
}

type VerdictKind = "ITEM" | "CONDITIONAL" | "EXCLUDED" | "NONE";

/** What a yes to an intake screening question would do to this therapy. */
export type ScreeningEffect = "EXCLUDE" | "ADAPT";

export interface Verdict {
  kind: VerdictKind;
  /** Paths that count: ITEM the definite ones; CONDITIONAL also those waiting on an answer. */
  paths: ScoredPath[];
  because: EntityRecord[];
  reasons: string[];
  precautions: EntityRecord[];
  precautionNotes: string[];
  /** Ids of the questions whose answer changes this therapy's place in the answer. */
  questions: string[];
  /** Intake screening questions nobody answered, and what a yes would do (they do not hold it back). */
  screening: Map<string, ScreeningEffect>;
  /** SITE questions: the regions this therapy works on, for the question's effect. */
  sites: Map<string, string>;
}

/** Paths the person's situation drops: "Treat for this ailment" facts that say no (stage, evidence). */
export interface PathFacts {
  /** "ailmentId|therapyId" of asked ailments with evidence against the therapy (no benefit, insufficient). */
  against: ReadonlySet<string>;
}

function advice(c: EntityRecord, therapyName: string, absolute: boolean): string {
  if (absolute) return `${therapyName} must not be given at all`;
  if (isAbsolute(c) && !isGeneral(c)) {
    const where = c.restrictsRegions.length > 0 ? "there" : "on the affected area";
    return `do not give ${therapyName} ${where}; elsewhere it may go ahead`;
  }
  const how = adaptationText(c);
  return how ? `adapt ${therapyName}: ${how}` : `adapt ${therapyName} or get a physician's approval first`;
}

const viaText = (therapy: EntityRecord, b: Bearing) => (b.via.id === therapy.id ? "" : ` (it includes ${b.via.name})`);
const noteText = (b: Bearing) => (b.note ? ` ${b.note}` : "");
const presenters = (info: StateInfo) => info.presentedBy.map((p) => p.entity.name).join(" and ");
const who = (info: StateInfo) =>
  info.presentedBy.length > 0 ? `a state ${presenters(info)} may present as` : "a condition you may have";
const excludes = (b: Bearing) => rulesOutTherapy(b.contraindication) || b.absolute;

interface PathState {
  path: ScoredPath;
  dropped: "STAGE" | "LESION" | "EVIDENCE" | null;
  lesion: EntityRecord | null;
  open: string[];
}

/**
 * Paths are judged first: a direct treatment whose TREATED_BY stage does not hold at the ailment's
 * stage is dropped (or waits on the stage question), and so is a path through a cause or a problem
 * it brings on, to a therapy the ailment's own links say no to at that stage: paths and the answer
 * agree. A path to a therapy recorded as not helping the asked ailment (no benefit, insufficient)
 * is dropped. A path that works on an asked ailment (direct, or through a problem it brings on at
 * the same site) is dropped when a LOCAL ABSOLUTE state of that ailment is confirmed, because the
 * therapy would work on that very lesion (or waits on the question).
 */
function judgePaths(paths: ScoredPath[], bearing: Bearing[], situation: Situation, facts: PathFacts): PathState[] {
  const localStates = bearing.filter((b) => isAbsolute(b.contraindication) && !isGeneral(b.contraindication));
  const directStage = (ailmentId: string) =>
    paths.find((p) => p.kind === "DIRECT" && p.ailmentId === ailmentId)?.path.relationships[0]?.stage ?? null;
  return paths.map((path) => {
    const state: PathState = { path, dropped: null, lesion: null, open: [] };
    const therapyId = path.path.nodes[path.path.nodes.length - 1]?.id;
    if (path.kind !== "DIRECT" && facts.against.has(`${path.ailmentId}|${therapyId}`))
      return { ...state, dropped: "EVIDENCE" };
    // The lesion first: a therapy aimed at it is excluded for it whatever the stage says.
    if (path.kind !== "CAUSE") {
      for (const b of localStates) {
        const info = situation.states.get(b.contraindication.id);
        if (!info || !info.presentedBy.some((p) => p.entity.id === path.ailmentId)) continue;
        if (info.status === "CONFIRMED") return { ...state, dropped: "LESION", lesion: b.contraindication, open: [] };
        if (info.status === "UNKNOWN") state.open.push(stateQuestionId(b.contraindication.id));
      }
    }
    // A direct link's stage rules every path to the same therapy for that ailment.
    const stage = path.kind === "DIRECT" ? (path.path.relationships[0]?.stage ?? null) : directStage(path.ailmentId);
    const holds = stageHolds(stage, situation.stages.get(path.ailmentId) ?? "UNKNOWN");
    if (holds === false) return { ...state, dropped: "STAGE", open: [] };
    if (holds === null) state.open.push(stageQuestionId(path.ailmentId));
    return state;
  });
}

/** The notes and exclusions one judgment collects. */
class Ledger {
  readonly because = new Map<string, EntityRecord>();
  readonly reasons: string[] = [];
  readonly precautions = new Map<string, EntityRecord>();
  readonly precautionNotes: string[] = [];
  readonly questions = new Set<string>();
  readonly screening = new Map<string, "EXCLUDE" | "ADAPT">();
  readonly sites = new Map<string, string>();
  holdsBack = false;

  exclude(c: EntityRecord, reason: string): void {
    this.because.set(c.id, c);
    this.reasons.push(reason);
  }

  caution(c: EntityRecord, note: string): void {
    this.precautions.set(c.id, c);
    this.precautionNotes.push(note);
  }

  screen(c: EntityRecord, effect: "EXCLUDE" | "ADAPT"): void {
    const id = stateQuestionId(c.id);
    if (this.screening.get(id) !== "EXCLUDE") this.screening.set(id, effect);
  }
}

/** A technique finding into the ledger: excluded, waiting on a site or a state, or a precaution. */
function applyFinding(ledger: Ledger, f: TechniqueFinding): void {
  const c = f.state.state;
  const info = f.state;
  if (info.status === "UNKNOWN" && info.intake)
    return ledger.screen(c, f.effect === "PRECAUTION" ? "ADAPT" : "EXCLUDE");
  if (info.status === "CONFIRMED") {
    const basis = `${label(c)}, which applies (${info.basis ?? "it applies"})`;
    if (f.effect === "EXCLUDE") return ledger.exclude(c, `${basis}: ${f.text}`);
    if (f.effect === "PRECAUTION") return ledger.caution(c, `${basis}: ${f.text}`);
    const id = siteQuestionId(f.siteOf!.id);
    ledger.questions.add(id);
    ledger.sites.set(id, f.regions.length > 0 ? f.regions.join(",") : "");
    ledger.holdsBack = true;
    return ledger.caution(c, `${basis}: ${f.text}`);
  }
  // Unknown: as for linked states, only a whole-body one holds the therapy back until answered.
  ledger.questions.add(stateQuestionId(c.id));
  if (f.effect === "EXCLUDE" && isGeneral(c)) ledger.holdsBack = true;
  ledger.caution(c, `${label(c)} is ${who(info)}; if it applies: ${f.text}`);
}

/** A linked contraindication into the ledger (when no technique finding spoke for the same state). */
function applyBearing(ledger: Ledger, therapy: EntityRecord, b: Bearing, info: StateInfo): void {
  const c = b.contraindication;
  const tail = `${viaText(therapy, b)}.${noteText(b)}`;
  if (info.status === "UNKNOWN" && info.intake) return ledger.screen(c, excludes(b) ? "EXCLUDE" : "ADAPT");
  if (info.status === "CONFIRMED") {
    const basis = `${label(c)}, which applies (${info.basis ?? "it applies"})`;
    if (excludes(b)) return ledger.exclude(c, `${basis}: ${therapy.name} must not be given at all${tail}`);
    return ledger.caution(c, `${basis}: ${advice(c, therapy.name, false)}${tail}`);
  }
  ledger.questions.add(stateQuestionId(c.id));
  if (excludes(b)) ledger.holdsBack = true;
  ledger.caution(c, `${label(c)} is ${who(info)}; if it applies: ${advice(c, therapy.name, excludes(b))}${tail}`);
}

/**
 * Safety first. A confirmed ABSOLUTE GENERAL state (or a link that says ABSOLUTE for this therapy)
 * excludes the therapy, and so does a state that restricts what the technique is (its pressure,
 * its region, its thermal agent); one still unknown keeps it out of the plain recommendations
 * until answered (CONDITIONAL). Confirmed LOCAL or PRECAUTION states become precautions; unknown
 * ones are precautions "if it applies" and questions. Intake states nobody answered are asked,
 * not held against the therapy.
 */
export function judgeTherapy(
  therapy: EntityRecord,
  paths: ScoredPath[],
  bearing: Bearing[],
  situation: Situation,
  facts: PathFacts = { against: new Set() },
): Verdict {
  const judged = judgePaths(paths, bearing, situation, facts);
  const live = judged.filter((j) => j.dropped === null);
  const definite = live.filter((j) => j.open.length === 0).map((j) => j.path);
  const ledger = new Ledger();
  live.flatMap((j) => j.open).forEach((q) => ledger.questions.add(q));

  const addressed = [...new Set(live.map((j) => j.path.ailmentId))];
  const linked = new Set(bearing.map((b) => b.contraindication.id));
  const findings = techniqueFindings(therapy, addressed, linked, situation);
  findings.forEach((f) => applyFinding(ledger, f));
  const spoken = new Set(findings.map((f) => f.state.state.id));
  for (const b of sortBearing(bearing, situation)) {
    const info = situation.states.get(b.contraindication.id);
    if (!info || info.status === "RULED_OUT" || spoken.has(b.contraindication.id)) continue;
    applyBearing(ledger, therapy, b, info);
  }
  for (const id of ledger.because.keys()) ledger.precautions.delete(id);
  const base = {
    because: [...ledger.because.values()],
    reasons: ledger.reasons,
    precautions: [...ledger.precautions.values()],
    precautionNotes: ledger.precautionNotes,
    questions: [...ledger.questions].sort(),
    screening: ledger.screening,
    sites: ledger.sites,
  };
  const counted = judged.filter((j) => j.dropped === null || j.dropped === "LESION").map((j) => j.path);
  if (ledger.because.size > 0) return { ...base, kind: "EXCLUDED", paths: counted };
  if (live.length === 0) {
    const lesions = dedupeById(judged.filter((j) => j.lesion).map((j) => j.lesion!));
    if (lesions.length === 0) return { ...base, kind: "NONE", paths: [] };
    const lesionReasons = lesions.map((c) => lesionReason(therapy, c, situation));
    return {
      ...base,
      kind: "EXCLUDED",
      paths: counted,
      because: lesions,
      reasons: lesionReasons,
      precautions: [],
      precautionNotes: [],
    };
  }
  if (definite.length > 0 && !ledger.holdsBack) return { ...base, kind: "ITEM", paths: definite };
  return { ...base, kind: "CONDITIONAL", paths: live.map((j) => j.path) };
}

function lesionReason(therapy: EntityRecord, c: EntityRecord, situation: Situation): string {
  const info = situation.states.get(c.id)!;
  const ailments = info.presentedBy
    .filter((p) => situation.askedIds.has(p.entity.id))
    .map((p) => p.entity.name)
    .join(" and ");
  const basis = info.basis ?? "it applies";
  return (
    `${label(c)}, which applies (${basis}), is a state of ${ailments}, the ailment being treated: ` +
    `${therapy.name} works on that very area, so it is not given for ${ailments} while this lasts.`
  );
}

/** Confirmed before unknown, excluding before limiting, then by name: the order notes are written in. */
function sortBearing(bearing: Bearing[], situation: Situation): Bearing[] {
  const confirmed = (b: Bearing) => Number(situation.states.get(b.contraindication.id)?.status === "CONFIRMED");
  return [...bearing].sort(
    (a, b) =>
      confirmed(b) - confirmed(a) ||
      Number(excludes(b)) - Number(excludes(a)) ||
      a.contraindication.name.localeCompare(b.contraindication.name) ||
      a.via.id.localeCompare(b.via.id),
  );
}

function dedupeById(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}

import { ContraindicationScope, ContraindicationSeverity } from "../entity/contraindication-enums";
import type { EntityRecord } from "../entity/entity.record";
import type { ScoredPath } from "./recommendation.record";
import { stateQuestionId, stageQuestionId } from "./question-ids";
import type { Situation, StateInfo } from "./situation";
import { stageHolds } from "./stage-rule";
import { adaptationText } from "./adaptation-text";

/** A contraindication bearing on one candidate therapy, through the therapy or a part it INCLUDES. */
export interface Bearing {
  contraindication: EntityRecord;
  via: { id: string; name: string };
  note: string | null;
}

export type VerdictKind = "ITEM" | "CONDITIONAL" | "EXCLUDED" | "NONE";

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
}

export const isAbsolute = (c: EntityRecord) => c.severity === ContraindicationSeverity.ABSOLUTE;
export const isGeneral = (c: EntityRecord) => c.scope === ContraindicationScope.GENERAL;
/** ABSOLUTE + GENERAL: no massage at all, so a therapy it applies to must never be recommended. */
export const rulesOutTherapy = (c: EntityRecord) => isAbsolute(c) && isGeneral(c);

export function label(c: EntityRecord): string {
  return `${c.name} (${(c.severity ?? "unknown").toLowerCase()}, ${(c.scope ?? "unknown").toLowerCase()})`;
}

function advice(c: EntityRecord, therapyName: string): string {
  if (isAbsolute(c) && !isGeneral(c))
    return `do not give ${therapyName} on the affected area; elsewhere it may go ahead`;
  if (rulesOutTherapy(c)) return `${therapyName} must not be given at all`;
  const how = adaptationText(c);
  return how ? `adapt ${therapyName}: ${how}` : `adapt ${therapyName} or get a physician's approval first`;
}

const viaText = (therapy: EntityRecord, b: Bearing) => (b.via.id === therapy.id ? "" : ` (it includes ${b.via.name})`);
const noteText = (b: Bearing) => (b.note ? ` ${b.note}` : "");
const presenters = (info: StateInfo) => info.presentedBy.map((p) => p.entity.name).join(" and ");

interface PathState {
  path: ScoredPath;
  dropped: "STAGE" | "LESION" | null;
  lesion: EntityRecord | null;
  open: string[];
}

/**
 * Paths are judged first: a direct treatment whose TREATED_BY stage does not hold at the ailment's
 * stage is dropped (or waits on the stage question); a path that works on an asked ailment (direct,
 * or through a problem it brings on at the same site) is dropped when a LOCAL ABSOLUTE state of that
 * ailment is confirmed, because the therapy would work on that very lesion (or waits on the question).
 */
function judgePaths(paths: ScoredPath[], bearing: Bearing[], situation: Situation): PathState[] {
  const localStates = bearing.filter((b) => isAbsolute(b.contraindication) && !isGeneral(b.contraindication));
  return paths.map((path) => {
    const state: PathState = { path, dropped: null, lesion: null, open: [] };
    // The lesion first: a therapy aimed at it is excluded for it whatever the stage says.
    if (path.kind !== "CAUSE") {
      for (const b of localStates) {
        const info = situation.states.get(b.contraindication.id);
        if (!info || !info.presentedBy.some((p) => p.entity.id === path.ailmentId)) continue;
        if (info.status === "CONFIRMED") return { ...state, dropped: "LESION", lesion: b.contraindication, open: [] };
        if (info.status === "UNKNOWN") state.open.push(stateQuestionId(b.contraindication.id));
      }
    }
    if (path.kind === "DIRECT") {
      const holds = stageHolds(
        path.path.relationships[0]?.stage ?? null,
        situation.stages.get(path.ailmentId) ?? "UNKNOWN",
      );
      if (holds === false) return { ...state, dropped: "STAGE", open: [] };
      if (holds === null) state.open.push(stageQuestionId(path.ailmentId));
    }
    return state;
  });
}

/**
 * Safety first. A confirmed ABSOLUTE GENERAL state excludes the therapy; one still unknown keeps it
 * out of the plain recommendations until answered (CONDITIONAL). Confirmed LOCAL or PRECAUTION
 * states become precautions; unknown ones are precautions "if it applies" and questions.
 */
export function judgeTherapy(
  therapy: EntityRecord,
  paths: ScoredPath[],
  bearing: Bearing[],
  situation: Situation,
): Verdict {
  const judged = judgePaths(paths, bearing, situation);
  const live = judged.filter((j) => j.dropped === null);
  const definite = live.filter((j) => j.open.length === 0).map((j) => j.path);
  const questions = new Set(live.flatMap((j) => j.open));
  const because = new Map<string, EntityRecord>();
  const reasons: string[] = [];
  const precautions = new Map<string, EntityRecord>();
  const precautionNotes: string[] = [];
  let waitsOnGeneral = false;

  for (const b of sortBearing(bearing, situation)) {
    const c = b.contraindication;
    const info = situation.states.get(c.id);
    if (!info || info.status === "RULED_OUT") continue;
    if (info.status === "CONFIRMED") {
      const basis = info.basis ?? "it applies";
      if (rulesOutTherapy(c)) {
        because.set(c.id, c);
        reasons.push(
          `${label(c)}, which applies (${basis}): ${therapy.name} must not be given at all${viaText(therapy, b)}.${noteText(b)}`,
        );
      } else {
        precautions.set(c.id, c);
        precautionNotes.push(
          `${label(c)}, which applies (${basis}): ${advice(c, therapy.name)}${viaText(therapy, b)}.${noteText(b)}`,
        );
      }
      continue;
    }
    questions.add(stateQuestionId(c.id));
    if (rulesOutTherapy(c)) waitsOnGeneral = true;
    precautions.set(c.id, c);
    const who = info.presentedBy.length > 0 ? `a state ${presenters(info)} may present as` : "a condition you may have";
    precautionNotes.push(
      `${label(c)} is ${who}; if it applies: ${advice(c, therapy.name)}${viaText(therapy, b)}.${noteText(b)}`,
    );
  }
  for (const id of because.keys()) precautions.delete(id);
  const base = {
    because: [...because.values()],
    reasons,
    precautions: [...precautions.values()],
    precautionNotes,
    questions: [...questions].sort(),
  };
  const counted = judged.filter((j) => j.dropped !== "STAGE").map((j) => j.path);
  if (because.size > 0) return { ...base, kind: "EXCLUDED", paths: counted };
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
  if (definite.length > 0 && !waitsOnGeneral) return { ...base, kind: "ITEM", paths: definite };
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
      Number(rulesOutTherapy(b.contraindication)) - Number(rulesOutTherapy(a.contraindication)) ||
      a.contraindication.name.localeCompare(b.contraindication.name) ||
      a.via.id.localeCompare(b.via.id),
  );
}

function dedupeById(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}

import { ContraindicationScope, ContraindicationSeverity } from "../entity/contraindication-enums";
import type { EntityRecord } from "../entity/entity.record";

/** A contraindication bearing on one candidate therapy, with why it bears on it. */
export interface Bearing {
  contraindication: EntityRecord;
  /** The therapy holding the CONTRAINDICATED_BY link: the candidate or a part it INCLUDES. */
  via: { id: string; name: string };
  note: string | null;
  /** Names of the person's conditions that apply it (a contraindication id, or an ailment presenting as it). */
  namedBy: string[];
  /** Names of requested ailments that may present as it. */
  stateOf: string[];
}

export interface Judgement {
  excluded: boolean;
  because: EntityRecord[];
  reasons: string[];
  precautions: EntityRecord[];
  precautionNotes: string[];
}

/** ABSOLUTE + GENERAL: no massage at all, so a therapy it applies to must never be recommended. */
export function rulesOutTherapy(c: EntityRecord): boolean {
  return c.severity === ContraindicationSeverity.ABSOLUTE && c.scope === ContraindicationScope.GENERAL;
}

function label(c: EntityRecord): string {
  return `${c.name} (${(c.severity ?? "unknown").toLowerCase()}, ${(c.scope ?? "unknown").toLowerCase()})`;
}

function viaText(therapy: { id: string; name: string }, b: Bearing): string {
  return b.via.id === therapy.id ? "" : ` (it includes ${b.via.name})`;
}

function noteText(b: Bearing): string {
  return b.note ? ` ${b.note}` : "";
}

function advice(c: EntityRecord, therapyName: string): string {
  if (c.severity === ContraindicationSeverity.ABSOLUTE && c.scope === ContraindicationScope.LOCAL) {
    return `do not give ${therapyName} on the affected area; elsewhere it may go ahead`;
  }
  if (rulesOutTherapy(c)) return `${therapyName} must not be given at all`;
  return `adapt ${therapyName} or get a physician's approval first`;
}

/**
 * Safety first: a contraindication the person's own conditions apply that is ABSOLUTE and GENERAL
 * excludes the therapy, whichever else applies. Everything else that bears on it (LOCAL or
 * PRECAUTION conditions they named, and states the requested ailments may present as, which we
 * cannot know apply) stays attached to the recommendation as a precaution.
 */
export function judgeTherapy(therapy: { id: string; name: string }, bearing: Bearing[]): Judgement {
  const sorted = [...bearing].sort(
    (a, b) =>
      Number(b.namedBy.length > 0) - Number(a.namedBy.length > 0) ||
      Number(rulesOutTherapy(b.contraindication)) - Number(rulesOutTherapy(a.contraindication)) ||
      a.contraindication.name.localeCompare(b.contraindication.name) ||
      a.via.id.localeCompare(b.via.id),
  );
  const because = new Map<string, EntityRecord>();
  const precautions = new Map<string, EntityRecord>();
  const reasons: string[] = [];
  const precautionNotes: string[] = [];
  for (const b of sorted) {
    const c = b.contraindication;
    if (b.namedBy.length > 0 && rulesOutTherapy(c)) {
      because.set(c.id, c);
      reasons.push(`${label(c)}, which applies because you named ${b.namedBy.join(", ")}: ${therapy.name} must not be given at all${viaText(therapy, b)}.${noteText(b)}`);
    } else if (b.namedBy.length > 0) {
      precautions.set(c.id, c);
      precautionNotes.push(`${label(c)}, which applies because you named ${b.namedBy.join(", ")}: ${advice(c, therapy.name)}${viaText(therapy, b)}.${noteText(b)}`);
    } else {
      precautions.set(c.id, c);
      precautionNotes.push(`${label(c)} is a state ${b.stateOf.join(" and ")} may present as; if it applies: ${advice(c, therapy.name)}${viaText(therapy, b)}.${noteText(b)}`);
    }
  }
  for (const id of because.keys()) precautions.delete(id);
  return {
    excluded: because.size > 0,
    because: [...because.values()],
    reasons,
    precautions: [...precautions.values()],
    precautionNotes,
  };
}

import { BadUserInputError, NotFoundError } from "../../errors/api-errors";
import { EntityKind } from "../entity/entity-kind.enum";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity/entity.record";

/** A row of recommendation/inputs.cypher. */
export interface InputRow {
  id: string;
  node: NodeRow | null;
  states: NodeRow[];
}

/** One contraindication the person's conditions apply, and which condition applied it. */
export interface AppliedCondition {
  contraindication: EntityRecord;
  condition: EntityRecord;
}

export interface ResolvedInputs {
  ailments: EntityRecord[];
  conditions: EntityRecord[];
  applied: AppliedCondition[];
}

const list = (ids: string[]) => ids.map((id) => JSON.stringify(id)).join(", ");

/**
 * Checks every id against the graph: unknown ids are NOT_FOUND (all named at once), an ailments
 * id that is not an ailment and a condition that is neither a contraindication nor an ailment
 * are BAD_USER_INPUT. Then expands the conditions: a contraindication applies itself; an ailment
 * applies every contraindication it PRESENTS_AS (we cannot know the person's is the mild state).
 */
export function resolveInputs({ rows, ailmentIds, conditionIds }: { rows: InputRow[]; ailmentIds: string[]; conditionIds: string[] }): ResolvedInputs {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const unknown = [...new Set([...ailmentIds, ...conditionIds])].filter((id) => !byId.get(id)?.node);
  if (unknown.length > 0) {
    throw new NotFoundError(`No entity with id ${list(unknown)}.`, { ids: unknown });
  }
  const entity = (id: string) => toEntityRecord(byId.get(id)!.node!);
  const ailments = ailmentIds.map(entity);
  const notAilments = ailments.filter((a) => !a.roles.includes(EntityKind.AILMENT)).map((a) => a.id);
  if (notAilments.length > 0) {
    const message = `ailments must be ailment ids; ${list(notAilments)} ${notAilments.length === 1 ? "is" : "are"} not an ailment.`;
    throw BadUserInputError.of("ailments", message, { ids: notAilments });
  }
  const conditions = conditionIds.map(entity);
  const invalid = conditions
    .filter((c) => !c.roles.includes(EntityKind.CONTRAINDICATION) && !c.roles.includes(EntityKind.AILMENT))
    .map((c) => c.id);
  if (invalid.length > 0) {
    const message = `conditions must be contraindication or ailment ids; ${list(invalid)} ${invalid.length === 1 ? "is" : "are"} neither.`;
    throw BadUserInputError.of("conditions", message, { ids: invalid });
  }
  const applied: AppliedCondition[] = [];
  for (const condition of conditions) {
    if (condition.roles.includes(EntityKind.CONTRAINDICATION)) applied.push({ contraindication: condition, condition });
    const states = byId.get(condition.id)!.states.map(toEntityRecord).sort((a, b) => a.name.localeCompare(b.name));
    for (const state of states) applied.push({ contraindication: state, condition });
  }
  return { ailments, conditions, applied };
}

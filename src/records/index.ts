/**
 * The rules a stored record keeps (one validator, issue 28): a source, an entity of each kind and a
 * relationship, as the seed files write them. The seed check parses each YAML entry with them and
 * curation checks each input turned into the same record, so whatever the API accepts an export
 * loads back, and a rule changes in one place. Rules that need the graph (ids that exist, allowed
 * ends, unique names) are not here: the seed check and the curation service apply those.
 */
import type { z } from "zod";
import type { EntityKind } from "../model";
import { entityRecord } from "./entity";
import { CheckOptions, houseMessage, problemsOf, RecordProblem } from "./problems";
import { relationshipRecord } from "./relationship";
import { sourceRecord } from "./source";

export type { CheckOptions, RecordProblem } from "./problems";
export { LIMITS } from "./fields";
export { inSourceOrder, storedLocators, unlocatedTextbooks } from "./locators";
export type { CitationLocators } from "./locators";

export interface Checked<T> {
  /** The record, typed, when it keeps every rule. */
  value?: T;
  problems: RecordProblem[];
}

function check<T>(schema: z.ZodType, raw: unknown, options: CheckOptions): Checked<T> {
  const result = schema.safeParse(raw, { error: houseMessage, reportInput: true });
  if (result.success) return { value: result.data as T, problems: [] };
  return { problems: problemsOf(result.error.issues, (path) => knownFields(schema, path), options) };
}

export const checkSource = <T>(raw: unknown, options: CheckOptions = {}) => check<T>(sourceRecord, raw, options);

export const checkEntity = <T>(kind: EntityKind, raw: unknown, options: CheckOptions = {}) =>
  check<T>(entityRecord(kind), raw, options);

export const checkRelationship = <T>(raw: unknown, options: CheckOptions = {}) =>
  check<T>(relationshipRecord(), raw, options);

/**
 * The fields of each record in the order the seed files write them: the schemas' own order, so the
 * export writes no field the rules do not know.
 */
export const recordFields = {
  source: () => knownFields(sourceRecord, []),
  relationship: () => knownFields(relationshipRecord(), []),
  adaptation: () => knownFields(entityRecord("CONTRAINDICATION"), ["adaptation"]),
  entity: (kind: EntityKind) => knownFields(entityRecord(kind), []),
};

/** The field names of the map at `path` in a schema, for "did you mean" hints on unknown fields. */
function knownFields(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: unknown = schema;
  for (const segment of [...path, null]) {
    // Unwrap optional and refined wrappers down to the object.
    for (let i = 0; i < 5 && at && !shapeOf(at); i++) at = innerOf(at);
    if (segment === null) break;
    at = shapeOf(at)?.[segment as string];
  }
  return Object.keys(shapeOf(at) ?? {});
}

function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  return (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
}

function innerOf(schema: unknown): unknown {
  const def = (schema as { def?: { innerType?: unknown; in?: unknown } }).def;
  return def?.innerType ?? def?.in;
}
export { inputRecordProblems, KeepsRecordRules } from "./input-rules";

import { nameKey } from "../../util/name-key";
import type { Stage } from "../entity";
import { ENTITY_KINDS } from "../../model";
import { EntityKind, KIND_LABEL } from "../entity";
import { storedOutcome } from "../graph";
import type { ContraindicationInput, EntityInput, RedFlagInput } from "./entity.input";
import type { LinkInput } from "./link.input";
import type { SourceInput } from "./source.input";
import { locatorsOf, normalizeSynonyms } from "./input-records";
import { inSourceOrder, storedLocators } from "../../records";

/** Who changed something and when; stored on every node and relationship the API writes. */
export interface Stamp {
  updatedAt: string;
  updatedBy: string;
}

export function stampBy(subject: string): Stamp {
  return { updatedAt: new Date().toISOString(), updatedBy: subject };
}

/** Stages are GraphQL enums (ACUTE) but stored as the seed files write them (acute). */
const storedStage = (stage: Stage | null | undefined): string | null => (stage ? stage.toLowerCase() : null);

/** Parameters of curation/claim-entity and update-entity: every property (absent ones cleared), `kind` as the primary label name, the role labels. */
export function entityParams({ kind, input, stamp }: { kind: EntityKind; input: EntityInput; stamp: Stamp }) {
  const contraindication = kind === EntityKind.CONTRAINDICATION ? (input as ContraindicationInput) : null;
  const redFlag = kind === EntityKind.RED_FLAG ? (input as RedFlagInput) : null;
  const adaptation = contraindication?.adaptation;
  const roles = [...new Set([kind, ...(input.alsoActsAs ?? [])])];
  return {
    id: input.id,
    kind: KIND_LABEL[kind],
    roles,
    roleLabels: roles.map((role) => KIND_LABEL[role]),
    otherLabels: ENTITY_KINDS.filter((other) => !roles.includes(other)).map((other) => KIND_LABEL[other]),
    name: input.name.trim(),
    nameKey: nameKey(input.name),
    synonyms: normalizeSynonyms(input.synonyms),
    summary: input.summary.trim(),
    category: input.category?.trim() || null,
    codes: [...(input.codes ?? [])],
    severity: contraindication?.severity ?? null,
    scope: contraindication?.scope ?? null,
    stage: storedStage(contraindication?.stage),
    question: contraindication?.question?.trim() || null,
    adaptationPressure: adaptation?.pressure?.toLowerCase() ?? null,
    adaptationPosition: adaptation?.position?.trim() || null,
    adaptationAvoid: adaptation?.avoid && adaptation.avoid.length > 0 ? adaptation.avoid.map((a) => a.trim()) : null,
    adaptationMaxMinutes: adaptation?.maxMinutes ?? null,
    adaptationClearance: adaptation?.clearance ?? null,
    adaptationNotes: adaptation?.notes?.trim() || null,
    urgency: redFlag?.urgency ?? null,
    action: redFlag?.action.trim() ?? null,
    ...stamp,
  };
}

export function sourceParams({ input, stamp }: { input: SourceInput; stamp: Stamp }) {
  return {
    id: input.id,
    title: input.title.trim(),
    publisher: input.publisher.trim(),
    url: input.url ?? null,
    year: input.year ?? null,
    type: input.type ?? null,
    authors: input.authors?.trim() || null,
    doi: input.doi ?? null,
    pmid: input.pmid ?? null,
    edition: input.edition?.trim() || null,
    chapter: input.chapter?.trim() || null,
    accessed: input.accessed ?? null,
    reviewed: input.reviewed ?? null,
    covers: input.covers && input.covers.length > 0 ? [...input.covers] : null,
    ...stamp,
  };
}

export function linkParams({ input, stamp }: { input: LinkInput; stamp: Stamp }) {
  return {
    from: input.from,
    to: input.to,
    note: input.note.trim(),
    evidence: input.evidence,
    stage: storedStage(input.stage),
    outcome: storedOutcome(input.outcome),
    group: input.group ?? null,
    sources: [...input.sources],
    locators: storedLocators(inSourceOrder(locatorsOf(input.locators) ?? {}, input.sources)),
    ...stamp,
  };
}

import { BadUserInputError } from "../../errors/api-errors";
import { Stage, EntityKind } from "../entity";
import type { EntityRecord, BodyRegion } from "../entity";
import { resolveTerms, RunQuery, termLookup, TermLookup, TermResolutionRecord } from "../vocabulary";
import { dedupe } from "./situation";

const { AILMENT, CAUSE, CONTRAINDICATION } = EntityKind;

export interface RecommendArgs {
  ailments: string[];
  conditions?: string[] | null;
  stages?: { ailment: string; stage: Stage }[] | null;
  confirmedStates?: string[] | null;
  ruledOutStates?: string[] | null;
  sites?: { of: string; regions: BodyRegion[] }[] | null;
  first: number;
}

export interface ResolvedInputs {
  asked: EntityRecord[];
  /** Ailments and causes named among conditions. */
  conditionEntities: EntityRecord[];
  /** Contraindications named among conditions or confirmed. */
  confirmed: EntityRecord[];
  ruledOut: EntityRecord[];
  stages: Map<string, Stage>;
  /** Where states or ailments are (answers to SITE questions), by entity id. */
  sites: Map<string, BodyRegion[]>;
}

/** Each argument, what its items may name, and how to say it in an error. */
const ARGUMENTS = [
  { field: "ailments", kinds: [AILMENT], what: "ailment" },
  {
    field: "conditions",
    kinds: [CONTRAINDICATION, AILMENT, CAUSE],
    what: "condition (a contraindication, an ailment or a cause)",
  },
  { field: "stages", kinds: [AILMENT], what: "ailment" },
  { field: "confirmedStates", kinds: [CONTRAINDICATION], what: "state (a contraindication)" },
  { field: "ruledOutStates", kinds: [CONTRAINDICATION], what: "state (a contraindication)" },
  { field: "sites", kinds: [CONTRAINDICATION, AILMENT], what: "state or ailment" },
] as const;

type Field = (typeof ARGUMENTS)[number]["field"];

const kindWord = (e: EntityRecord) => e.kind.toLowerCase().replace("_", " ");

function problem(r: TermResolutionRecord, what: string): string {
  const other = r.otherKind ? ` ("${r.otherKind.id}" is a ${kindWord(r.otherKind)})` : "";
  const hint =
    r.suggestions.length > 0 ? `; did you mean ${r.suggestions.map((s) => `${s.name} (${s.id})`).join(", ")}?` : "";
  return `"${r.text}" names no ${what}${other}${hint}`;
}

/**
 * Reads every argument's items as ids, names or synonyms of the kinds it may name (resolveTerms'
 * rule), in the recommendation's transaction. Items that name nothing of their kind are
 * BAD_USER_INPUT, each named under its argument (extensions.fields), with suggestions.
 */
export async function resolveRecommendationInputs(run: RunQuery, args: RecommendArgs): Promise<ResolvedInputs> {
  const texts: Record<Field, string[]> = {
    ailments: args.ailments,
    conditions: args.conditions ?? [],
    stages: (args.stages ?? []).map((s) => s.ailment),
    confirmedStates: args.confirmedStates ?? [],
    ruledOutStates: args.ruledOutStates ?? [],
    sites: (args.sites ?? []).map((s) => s.of),
  };
  const lookups: (TermLookup & { field: Field })[] = [];
  for (const { field, kinds } of ARGUMENTS)
    for (const text of texts[field]) lookups.push({ ...termLookup(lookups.length, text, kinds), field });
  const resolved = await resolveTerms(run, lookups);
  const fields = ARGUMENTS.map(({ field, what }) => ({
    field,
    messages: resolved.filter((r, i) => lookups[i].field === field && !r.entity).map((r) => problem(r, what)),
  })).filter((f) => f.messages.length > 0);
  if (fields.length > 0)
    throw inputError(
      fields,
      resolved.filter((r) => !r.entity).map((r) => r.text),
    );

  const of = (field: Field) => resolved.filter((_, i) => lookups[i].field === field).map((r) => r.entity!);
  const conditions = of("conditions");
  const asked = dedupe(of("ailments"));
  const conditionEntities = dedupe(conditions.filter((c) => c.roles.includes(AILMENT) || c.roles.includes(CAUSE)));
  const stages = readStages(args.stages ?? [], of("stages"), [...asked, ...conditionEntities]);
  return {
    asked,
    conditionEntities,
    confirmed: dedupe([...conditions.filter((c) => c.roles.includes(CONTRAINDICATION)), ...of("confirmedStates")]),
    ruledOut: dedupe(of("ruledOutStates")),
    stages,
    sites: readSites(args.sites ?? [], of("sites")),
  };
}

function readStages(
  given: { stage: Stage }[],
  ailments: EntityRecord[],
  situation: EntityRecord[],
): Map<string, Stage> {
  const stages = new Map<string, Stage>();
  const messages: string[] = [];
  given.forEach(({ stage }, i) => {
    const ailment = ailments[i];
    if (stage === Stage.ANY)
      messages.push(`${ailment.id}: ANY is not a stage a person is in; give ACUTE, SUBACUTE or CHRONIC`);
    else if (!situation.some((e) => e.id === ailment.id))
      messages.push(`${ailment.id} is not among your ailments or conditions`);
    else if (stages.has(ailment.id) && stages.get(ailment.id) !== stage)
      messages.push(`${ailment.id} is given two different stages`);
    else stages.set(ailment.id, stage);
  });
  if (messages.length > 0) throw inputError([{ field: "stages", messages }], []);
  return stages;
}

/** Each site answer by the id it resolved to; the same entity given two different answers is refused. */
function readSites(given: { regions: BodyRegion[] }[], entities: EntityRecord[]): Map<string, BodyRegion[]> {
  const sites = new Map<string, BodyRegion[]>();
  const messages: string[] = [];
  given.forEach(({ regions }, i) => {
    const id = entities[i].id;
    const sorted = [...regions].sort();
    if (sites.has(id) && sites.get(id)!.join() !== sorted.join()) messages.push(`${id} is given two different sites`);
    else sites.set(id, sorted);
  });
  if (messages.length > 0) throw inputError([{ field: "sites", messages }], []);
  return sites;
}

function inputError(fields: { field: string; messages: string[] }[], texts: string[]): BadUserInputError {
  const message = "Invalid input: " + fields.map((f) => `${f.field}: ${f.messages.join("; ")}`).join(" | ");
  return new BadUserInputError(message, fields, { ids: texts });
}

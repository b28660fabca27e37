import type { EntryReader } from "./seed-fields";
import {
  REGIONS,
  RESTRICTS_FIELDS,
  SeedEntity,
  SeedKind,
  SeedRestricts,
  TECHNIQUE_PRESSURES,
  THERMAL_AGENTS,
} from "./seed-format";

/**
 * The fields the technique-aware safety rules read (docs/safety-policy.md): a therapy's defining
 * pressure, regions and thermal agent; an ailment's regions and mechanism flag; what a
 * contraindication restricts besides pressure (regions, thermal agents).
 */
export function readTechniqueFields(kind: SeedKind, r: EntryReader, entity: Partial<SeedEntity>): void {
  if (kind === "therapy") {
    entity.pressure = r.oneOf("pressure", TECHNIQUE_PRESSURES, false);
    entity.regions = regionList(r, "regions");
    entity.thermal = r.oneOf("thermal", THERMAL_AGENTS, false);
    if (entity.regions?.includes("whole-body") && entity.regions.length > 1)
      r.problem("regions", "whole-body stands alone (it already covers every region)");
  }
  if (kind === "ailment") {
    entity.regions = regionList(r, "regions");
    if (entity.regions?.some((g) => g === "whole-body" || g === "lesion"))
      r.problem(
        "regions",
        "an ailment's regions name where it is: not whole-body or lesion (leave it out when anywhere)",
      );
    entity.mechanism = r.boolean("mechanism");
  }
  if (kind === "contraindication") entity.restricts = readRestricts(r);
}

function regionList(r: EntryReader, field: string): SeedEntity["regions"] {
  if (!r.has(field)) return undefined;
  return r.stringList(field, {
    required: true,
    check: (g) =>
      (REGIONS as readonly string[]).includes(g)
        ? undefined
        : `unknown region ${JSON.stringify(g)}; regions: ${REGIONS.join(", ")}`,
  }) as SeedEntity["regions"];
}

function readRestricts(r: EntryReader): SeedRestricts | undefined {
  const sub = r.map("restricts");
  if (!sub) return undefined;
  const restricts: SeedRestricts = {};
  const regions = regionList(sub, "regions");
  if (regions) restricts.regions = regions;
  if (regions?.some((g) => g === "whole-body" || g === "lesion"))
    sub.problem(
      "regions",
      "name body regions (abdomen, legs...): a state forbidding work everywhere is GENERAL ABSOLUTE",
    );
  if (sub.has("thermal")) {
    restricts.thermal = sub.stringList("thermal", {
      required: true,
      check: (t) =>
        (THERMAL_AGENTS as readonly string[]).includes(t)
          ? undefined
          : `must be heat or cold, got ${JSON.stringify(t)}`,
    }) as SeedRestricts["thermal"];
  }
  sub.unknownFields(RESTRICTS_FIELDS);
  if (Object.keys(restricts).length === 0)
    r.problem("restricts", `must hold at least one of ${RESTRICTS_FIELDS.join(", ")}`);
  return restricts;
}

import { Document, isMap, isSeq, visit } from "yaml";
import {
  ADAPTATION_FIELDS,
  ENTITY_FILES,
  entityFields,
  RELATIONSHIP_FIELDS,
  RELATIONSHIPS_FILE,
  SEED_FILES,
  SEED_KINDS,
  SeedFileText,
  SeedGraph,
  sortSeedGraph,
  SOURCE_FIELDS,
  SOURCES_FILE,
} from "./seed-format";

/** Fields written as one-line flow collections: `synonyms: [a, b]`, `codes: { icd10: I10 }`. */
const FLOW_FIELDS = new Set(["synonyms", "alsoActsAs", "sources", "codes", "covers", "avoid", "regions", "thermal"]);

/**
 * Writes a seed graph as the seed files, in canonical form: entries sorted, fields in the
 * documented order, empty optional fields left out, lists inline, no line folding. Formatting is
 * deterministic, so export -> load -> export gives byte-identical files.
 */
export function formatSeedFiles(graph: SeedGraph): SeedFileText[] {
  const sorted = sortSeedGraph(graph);
  const texts = new Map<string, string>();
  texts.set(SOURCES_FILE, formatList(sorted.sources, SOURCE_FIELDS));
  for (const kind of SEED_KINDS) {
    texts.set(
      ENTITY_FILES[kind],
      formatList(
        sorted.entities.filter((e) => e.kind === kind),
        entityFields(kind),
      ),
    );
  }
  texts.set(RELATIONSHIPS_FILE, formatList(sorted.relationships, RELATIONSHIP_FIELDS));
  return SEED_FILES.map((file) => ({ file, text: texts.get(file) ?? "" }));
}

function formatList(entries: object[], fields: readonly string[]): string {
  if (entries.length === 0) return "[]\n";
  const doc = new Document(entries.map((entry) => ordered(entry as Record<string, unknown>, fields)));
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: string } | null)?.value ?? "");
      if (FLOW_FIELDS.has(key) && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
    },
  });
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  // The README writes maps as `{ icd10: I10 }` and lists as `[a, b]`; yaml has one padding option for both.
  return text.replace(/^( {2}codes: )\{(.*)\}$/gm, "$1{ $2 }");
}

/** The entry's non-empty fields in the documented order (a nested adaptation too). */
function ordered(values: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const kept = fields.filter((f) => !isEmpty(values[f]));
  return Object.fromEntries(
    kept.map((f) => [
      f,
      f === "adaptation" ? ordered(values[f] as Record<string, unknown>, ADAPTATION_FIELDS) : values[f],
    ]),
  );
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

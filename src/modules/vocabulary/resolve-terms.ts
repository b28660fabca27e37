import { toEntityRecord, type EntityRecord, type NodeRow } from "../entity";
import { luceneQuery, searchTerms } from "../search";
import { labelsOf, matchTerm, TermLookup, TermResolutionRecord } from "./term-match";

/** Runs one named query and returns its rows (inside a transaction already open, or on its own). */
export type RunQuery = <T>(name: string, params: Record<string, unknown>) => Promise<T[]>;

/** Full-text hits read per text before the kind filter, and kept after it. */
const SCAN = 200;
const KEEP = 20;

/**
 * Resolves texts to the entities they name, in two reads: ids (the unique index) and, for texts
 * that are not an id of a wanted kind, the full-text index, whose hits are then compared word for
 * word with names and synonyms. Nothing fuzzy ever counts as a match; close hits are suggestions.
 */
export async function resolveTerms(run: RunQuery, lookups: TermLookup[]): Promise<TermResolutionRecord[]> {
  const ids = [...new Set(lookups.map((l) => l.id).filter((id): id is string => id !== null))];
  const idRows = ids.length > 0 ? await run<{ node: NodeRow }>("entity/by-ids", { ids }) : [];
  const byId = new Map<string, EntityRecord>(idRows.map((row) => [row.node.id, toEntityRecord(row.node)]));
  const needText = lookups.filter((l) => {
    const hit = l.id ? byId.get(l.id) : undefined;
    return !(hit && hit.roles.some((r) => l.kinds.includes(r))) && searchTerms(l.text).length > 0;
  });
  const terms = needText.map((l) => ({
    position: l.position,
    query: luceneQuery(searchTerms(l.text)),
    labels: labelsOf(l.kinds),
  }));
  const textRows =
    terms.length > 0
      ? await run<{ position: number; node: NodeRow }>("vocabulary/by-text", { terms, scan: SCAN, keep: KEEP })
      : [];
  const hits = new Map<number, EntityRecord[]>();
  for (const row of textRows) hits.set(row.position, [...(hits.get(row.position) ?? []), toEntityRecord(row.node)]);
  return lookups.map((l) => matchTerm(l, l.id ? (byId.get(l.id) ?? null) : null, hits.get(l.position) ?? []));
}

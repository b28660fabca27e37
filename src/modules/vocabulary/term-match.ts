import { EntityKind, KIND_LABEL } from "../entity";
import type { EntityRecord } from "../entity";
import { searchTerms } from "../search";
import { isSlug } from "../../util/ids";

/** How a text named an entity: its id, its name or one of its synonyms (same words, any case or hyphens). */
export enum TermMatch {
  ID = "ID",
  NAME = "NAME",
  SYNONYM = "SYNONYM",
}

export interface TermResolutionRecord {
  text: string;
  /** The entity the text names exactly, or null. */
  entity: EntityRecord | null;
  matchedBy: TermMatch | null;
  /** Close entities of the wanted kinds (full-text), best first, when nothing matched exactly. */
  suggestions: EntityRecord[];
  /** The entity whose id the text is, when it plays none of the wanted kinds (for error messages). */
  otherKind: EntityRecord | null;
}

/** What one text is looked up as: its id form (when it could be an id) and its words. */
export interface TermLookup {
  position: number;
  text: string;
  /** The text itself when it is shaped like an id slug. */
  id: string | null;
  /** The text's words as names are compared: lowercase letters and digits, stop words dropped. */
  words: string;
  kinds: readonly EntityKind[];
}

export function termLookup(position: number, text: string, kinds: readonly EntityKind[]): TermLookup {
  const trimmed = text.trim();
  return {
    position,
    text: trimmed,
    id: isSlug(trimmed) ? trimmed : null,
    words: searchTerms(trimmed).join(" "),
    kinds,
  };
}

export const labelsOf = (kinds: readonly EntityKind[]) => kinds.map((kind) => KIND_LABEL[kind]);

const plays = (entity: EntityRecord, kinds: readonly EntityKind[]) => entity.roles.some((role) => kinds.includes(role));
const sameWords = (label: string, words: string) => words !== "" && searchTerms(label).join(" ") === words;

/**
 * The exact match for a lookup among an id hit and full-text hits: the id first, then a name, then
 * a synonym; a kind the text may not name never matches. Ties among hits keep their order (best
 * score first), so the answer never depends on the database's order.
 */
export function matchTerm(lookup: TermLookup, byId: EntityRecord | null, hits: EntityRecord[]): TermResolutionRecord {
  const wanted = hits.filter((h) => plays(h, lookup.kinds));
  const resolved = (entity: EntityRecord, matchedBy: TermMatch) => ({
    text: lookup.text,
    entity,
    matchedBy,
    suggestions: [],
    otherKind: null,
  });
  if (byId && plays(byId, lookup.kinds)) return resolved(byId, TermMatch.ID);
  const byName = wanted.find(
    (h) => sameWords(h.name, lookup.words) || sameWords(h.id.replace(/-/g, " "), lookup.words),
  );
  if (byName) return resolved(byName, TermMatch.NAME);
  const bySynonym = wanted.find((h) => h.synonyms.some((s) => sameWords(s, lookup.words)));
  if (bySynonym) return resolved(bySynonym, TermMatch.SYNONYM);
  return {
    text: lookup.text,
    entity: null,
    matchedBy: null,
    suggestions: wanted.slice(0, MAX_SUGGESTIONS),
    otherKind: byId,
  };
}

const MAX_SUGGESTIONS = 5;

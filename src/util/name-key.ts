import unhomoglyph from "unhomoglyph";

/**
 * Characters that draw nothing but make two names differ: zero-width space, non-joiner and joiner,
 * word joiner, byte-order mark (U+200B-U+200D, U+2060, U+FEFF), and the bidirectional controls
 * (marks U+200E/U+200F, embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069), which can
 * also make a name display in another order than it is stored.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const COMBINING_MARK = /\p{M}/gu;
const NON_ASCII = /\P{ASCII}/gu;

/**
 * The form of a name that must be unique among entities: curation, the seed loader and
 * `npm run seed:check` all compare names by it, and Neo4j keeps it unique (the `nameKey`
 * property, cypher/schema/005-entity-name-key.cypher). Two names with one key look alike to a
 * reader, so the second is refused:
 * - NFKC: full-width letters (Ｓtress), ligatures (ﬆress), superscripts become plain letters;
 * - invisible characters (zero-width, bidi controls) are removed;
 * - accents and other combining marks are removed after NFKD (Stréss, S̶tress are Stress);
 * - a letter of another script drawn like a Latin one is replaced by it (Cyrillic Ѕ, Greek Ο),
 *   from Unicode's confusables table (UTS #39, the unhomoglyph package). Only non-ASCII letters
 *   are mapped: the table also equates ASCII sequences ("rn" and "m", "I" and "l"), which would
 *   refuse distinct plain English names (Burns and Bums);
 * - case folded (full folding: ß and ss), white space collapsed and trimmed.
 * A name whose key is empty (only spaces or invisible characters) is blank.
 */
export function nameKey(name: string): string {
  const visible = name.normalize("NFKC").replace(INVISIBLE, "");
  const unmarked = visible.normalize("NFKD").replace(COMBINING_MARK, "");
  const latin = unmarked.replace(NON_ASCII, (char) => unhomoglyph(char));
  // Upper then lower case folds as Unicode's full case folding does for letters that expand (ß -> ss).
  const folded = latin.toUpperCase().toLowerCase().normalize("NFKC");
  return folded.replace(/\s+/gu, " ").trim();
}

/** True when a name has nothing a reader could see: empty, spaces, or only invisible characters. */
export function isBlankName(name: string): boolean {
  return nameKey(name) === "";
}

import { stemmer } from "stemmer";

/**
 * The Porter stem of a word (the `stemmer` package; Lucene's english analyzer, which builds
 * entity_text, stems the same way): "knots" meets "knot", "depressed" "depression", "aching" "ache",
 * "sprained" "sprain"; "restless" stays apart from "rest". Only compared, never shown or sent anywhere.
 */
export function wordStem(word: string): string {
  return stemmer(IRREGULAR.get(word) ?? americanSpelling(word));
}

/**
 * Irregular forms Porter's rules leave apart from their word: "swollen" is a form of "swell". Not "fell"
 * (to fall): "falling asleep" is no fall.
 */
const IRREGULAR = new Map([
  ["swollen", "swell"],
  ["broke", "break"],
  ["broken", "break"],
  ["bled", "bleed"],
  ["thought", "think"],
  ["thoughts", "think"],
]);

/** The regular word of an irregular form ("swollen" -> "swell"), or null: the index does not join them. */
export function regularForm(word: string): string | null {
  return IRREGULAR.get(word) ?? null;
}

/** British spellings in their American form, so "oedema" meets "edema" and "paralysed" "paralyzed". */
const SPELLINGS: [RegExp, string][] = [
  // haematoma, anaemia, ischaemia, paediatric (not before a vowel or an s: "aerial" stays)
  [/(?<=^|[^aeiou])ae(?=[^aeious])/g, "e"],
  // oedema, lymphoedema, apnoea, diarrhoea, oesophagus, foetal ("toes", "does" stay)
  [/(?<=^|[^aeiou])oe(?=[^aeious]|a)/g, "e"],
  // tumour, colour, behaviour ("four", "hour", "your" stay: three letters before "our")
  [/(?<=[a-z]{3})our(?=s?$)/, "or"],
  // paralysed, immobilised, generalised
  [/(?<=[a-z]{3})([iy])s(e|ed|es|ing|ation|ations)$/, "$1z$2"],
  // centre, fibre, litre
  [/(?<=[a-z]{2}[^aeiou])re(?=s?$)/, "er"],
];

export function americanSpelling(word: string): string {
  return SPELLINGS.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/** Shortest common start two stems need to be forms of one word (epilept-ic, epileps-y). */
const WORD_FORM_PREFIX = 5;
/** Letters each stem may have beyond that common start. */
const WORD_FORM_TAIL = 2;

/**
 * Whether two different stems are forms of one word the stemmer does not join: "epileptic" and
 * "epilepsy" (epilept / epilepsi), "arthritic" and "arthritis", "sciatic" and "sciatica". They must
 * share a start of at least 5 letters and differ by at most 2 letters after it, so "stress" and
 * "stretch", "tension" and "tensor", "anxious" and "anxiety" stay apart.
 */
export function sameWordForm(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= WORD_FORM_PREFIX && a.length - common <= WORD_FORM_TAIL && b.length - common <= WORD_FORM_TAIL;
}

/**
 * The start of a term's stem that finds its other forms in the index (epileptic -> epilep*), or null
 * when the stem is too short or the word is not plain English letters (Porter's rules are for English).
 */
export function wordFormPrefix(term: string): string | null {
  if (!/^[a-z]+$/.test(term)) return null;
  const stem = wordStem(term);
  return stem.length > WORD_FORM_PREFIX ? stem.slice(0, -1) : null;
}

/**
 * The everyday words people type for what the graph names in a clinician's words, used by search only
 * (matching and ranking; nothing here is shown). Three kinds, all small fixed lists, so a reviewer can
 * read every entry:
 * - filler: words that carry no meaning for a search ("my", "after", "keep", "feeling"); dropped from
 *   the query and from labels when ranking, so they neither help nor hurt a match;
 * - phrases: a few words that together mean one clinical word ("end my life" = suicide, "all over" =
 *   widespread, "can't lift" = weakness); the words are replaced by that word before searching;
 * - equivalents: one lay word for another ("sore", "aching" = pain; "tummy" = abdomen; "being sick" =
 *   vomiting), matched a little below the word itself, so an exact name still ranks first.
 * British and American spellings (oedema / edema) and irregular forms Porter's stemmer leaves apart
 * (swollen / swelling, thought / think) are joined in word-forms.ts.
 */

/** Words a person adds around what they mean ("my", "I've got", "after a", "keep being"). */
export const FILLER = new Set(
  [
    "i im ive me my mine myself you your have has had got get getting gets really so do does did what how why",
    "out all always time am been being keep keeps kept feel feels feeling felt gone going go goes went just very",
    "quite bit lot lots since after when while which who its we us our he she his her him them from about can",
    "could would should some any now today like please also again still whenever something thing things",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Runs of typed words (stop words already dropped, filler not yet) that mean one clinical word (or two).
 * Matched on the words as typed; the longest run wins.
 */
const PHRASES: [string[], string][] = [
  [["end", "my", "life"], "suicide"],
  [["ending", "my", "life"], "suicide"],
  [["take", "my", "own", "life"], "suicide"],
  [["take", "my", "life"], "suicide"],
  [["taking", "my", "life"], "suicide"],
  [["hurt", "myself"], "harm"],
  [["hurting", "myself"], "harm"],
  [["harm", "myself"], "harm"],
  [["all", "over"], "widespread"],
  [["cannot", "lift"], "weakness"],
  [["cannot", "grip"], "weakness"],
  [["out", "breath"], "breathlessness"],
  [["short", "breath"], "breathlessness"],
  [["throwing", "up"], "vomiting"],
  [["threw", "up"], "vomiting"],
  [["being", "sick"], "vomiting"],
  // Said of suicide without the word: "no point in living", "not worth living", "better off dead", "end it all".
  [["point", "living"], "suicide"],
  [["worth", "living"], "suicide"],
  [["better", "off", "dead"], "suicide"],
  [["end", "all"], "suicide"],
  [["ending", "all"], "suicide"],
  // "Down below" said of the genitals: numbness there is saddle numbness (cauda equina).
  [["numb", "down", "below"], "saddle numbness"],
  [["numbness", "down", "below"], "saddle numbness"],
  // Loss of bladder or bowel control.
  [["cannot", "control", "my", "bladder"], "bladder incontinence"],
  [["cannot", "control", "bladder"], "bladder incontinence"],
  [["cannot", "control", "my", "bowels"], "bowel incontinence"],
  [["cannot", "control", "bowels"], "bowel incontinence"],
];

/** Lay words and the clinical (or other lay) words they mean; each side also finds the other. */
const EQUIVALENT_GROUPS: string[][] = [
  ["pain", "ache", "aching", "achy", "sore", "hurt", "hurts", "hurting"],
  ["abdomen", "abdominal", "tummy", "belly", "stomach"],
  // Not "sick": "feeling sick" is nausea; "being sick" (vomiting) is a phrase above.
  ["vomiting", "vomit", "puking"],
  ["stool", "poo", "faeces", "feces"],
  ["urine", "pee", "wee"],
  ["rectal", "bottom", "bum"],
  ["injury", "banged", "bumped", "knocked"],
  ["fever", "temperature", "feverish", "shivers"],
  ["herniated", "slipped", "bulging", "prolapsed"],
  ["exercise", "workout", "gym"],
];

const EQUIVALENTS = new Map<string, string[]>();
for (const group of EQUIVALENT_GROUPS) {
  for (const word of group)
    EQUIVALENTS.set(
      word,
      group.filter((other) => other !== word),
    );
}

/** The other words a typed word may stand for (empty for most words). */
export function equivalents(term: string): string[] {
  return EQUIVALENTS.get(term) ?? [];
}

/** Replaces the runs of words PHRASES knows by their clinical word, longest run first. */
function translatePhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const found = PHRASES.filter(([run]) => run.every((w, j) => words[i + j] === w)).sort(
      (a, b) => b[0].length - a[0].length,
    )[0];
    if (found) {
      out.push(...found[1].split(" "));
      i += found[0].length;
    } else {
      out.push(words[i]);
      i += 1;
    }
  }
  return out;
}

/** The words that count: phrases translated, filler dropped (unless nothing else is left), each once. */
export function contentWords(words: string[]): string[] {
  const translated = [...new Set(translatePhrases(words))];
  const content = translated.filter((w) => !FILLER.has(w));
  return content.length > 0 ? content : translated;
}

import { wordStem } from "./word-forms";

/**
 * Words that signal an emergency or a red flag. When the text holds one, red flags rank ahead of
 * everything else that matches as well, and a therapy is never the first answer (search-rank.ts).
 * A false alarm costs a red flag shown first; a miss could send someone to a massage instead of
 * to emergency care, so the list leans wide. Compared by stem, so "breathing" counts as "breathe".
 */
const EMERGENCY_WORDS = [
  "emergency",
  "urgent",
  "chest",
  "heart",
  "stroke",
  "droop",
  "drooping",
  "slurred",
  "paralysed",
  "paralyzed",
  "paralysis",
  "breathe",
  "breathing",
  "breathless",
  "breath",
  "choking",
  "suicide",
  "suicidal",
  "kill",
  "die",
  "dying",
  "overdose",
  "unconscious",
  "faint",
  "fainted",
  "fainting",
  "collapse",
  "collapsed",
  "seizure",
  "fit",
  "sudden",
  "suddenly",
  "severe",
  "worst",
  "thunderclap",
  "confused",
  "confusion",
  "bleeding",
  "haemorrhage",
  "hemorrhage",
  "clot",
  "fell",
  "fall",
  "accident",
  "crash",
  "groin",
  "saddle",
  "bladder",
  "incontinence",
];

const STEMS = new Set(EMERGENCY_WORDS.map(wordStem));

/** Whether any of the typed terms signals an emergency. */
export function signalsEmergency(terms: string[]): boolean {
  return terms.some((term) => STEMS.has(wordStem(term)));
}

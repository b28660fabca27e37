import { EVIDENCE_WORDS } from "../shared/evidence";

/**
 * Every fixed text the widget shows, in plain English (short sentences for a reading age of about
 * 12, no therapists' words). A host page replaces any of them with the
 * element's `strings` property (an object) or its `strings` attribute (the same object as JSON);
 * nested groups (urgency, stages, regions, outcome, evidence) are merged key by key. {n} placeholders are filled in.
 */
export const STRINGS = {
  heading: "Massage therapies to consider",
  notice:
    "This is general information, not medical advice. Talk to a doctor or other health professional before you try something new.",
  chooseAilment: "Choose at least one health problem.",
  loading: "Loading suggestions...",
  updated: "Updated: {items} suggested, {questions} open questions, {flags} warnings.",
  error: "Could not load suggestions: {message}",
  redFlags: "See a doctor first if any of these apply",
  urgency: {
    EMERGENCY: "Emergency: get help now",
    SAME_DAY: "See a doctor today",
    SOON: "See a doctor soon",
  } as Record<string, string>,
  intake: "First, a few questions",
  questions: "Your answers change what is suggested",
  yes: "Yes",
  no: "No",
  notSure: "Not sure",
  stage: "Stage",
  stages: {
    ACUTE: "New or flaring up (the first 2 or 3 days)",
    SUBACUTE: "Settling down and healing",
    CHRONIC: "Long-lasting, or between flare-ups",
  } as Record<string, string>,
  regions: {
    HEAD: "Head",
    NECK: "Neck",
    CHEST: "Chest",
    ABDOMEN: "Belly",
    BACK: "Back",
    ARMS: "Arms",
    HANDS: "Hands",
    LEGS: "Legs",
    FEET: "Feet",
  } as Record<string, string>,
  suggested: "Suggested",
  none: "We cannot suggest a therapy for this yet.",
  conditional: "Maybe: it depends on your answers",
  waitsOn: "First answer: {questions}",
  excluded: "Not safe for you now",
  notSupported: "Tested, but no clear benefit found",
  outcome: { NO_BENEFIT: "no benefit found", INSUFFICIENT: "not enough research yet" } as Record<string, string>,
  evidence: { ...EVIDENCE_WORDS } as Record<string, string>,
  grade: "How sure: {grade}",
  theory: "Only a theory",
  for: "for {ailments}",
  score: "score {score}",
  scoreTitle: "Ranking score: higher means a better match",
  why: "Why this is suggested",
  caution: "Take care: {note}",
  taking: "We took into account: {conditions}",
};

export type Strings = typeof STRINGS;

export function mergeStrings(overrides: unknown): Strings {
  if (!overrides || typeof overrides !== "object") return STRINGS;
  const merged: Record<string, unknown> = { ...STRINGS };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    const base = (STRINGS as Record<string, unknown>)[key];
    if (typeof base === "string" && typeof value === "string") merged[key] = value;
    else if (base && typeof base === "object" && value && typeof value === "object")
      merged[key] = { ...base, ...value };
  }
  return merged as Strings;
}

/** "for {ailments}" with { ailments: "stress" } -> "for stress". */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

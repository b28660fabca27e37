/**
 * Every fixed text the widget shows, in English. A host page replaces any of them with the
 * element's `strings` property (an object) or its `strings` attribute (the same object as JSON);
 * nested groups (urgency, stages, outcome) are merged key by key. {n} placeholders are filled in.
 */
export const STRINGS = {
  heading: "Massage therapies to consider",
  chooseAilment: "Choose at least one ailment.",
  loading: "Loading recommendations...",
  updated: "Updated: {items} suggested, {questions} open questions, {flags} warnings.",
  error: "Could not load recommendations: {message}",
  redFlags: "See a doctor first if any of these apply",
  urgency: { EMERGENCY: "Emergency", SAME_DAY: "See a doctor today", SOON: "See a doctor soon" } as Record<
    string,
    string
  >,
  questions: "Your answers change what is suggested",
  yes: "Yes",
  no: "No",
  notSure: "Not sure",
  stage: "Stage",
  stages: { ACUTE: "Acute", SUBACUTE: "Subacute", CHRONIC: "Chronic" } as Record<string, string>,
  suggested: "Suggested",
  none: "No therapy can be suggested for this combination yet.",
  conditional: "Only if your answers allow",
  waitsOn: "Waits on: {questions}",
  excluded: "Not suitable for you now",
  notSupported: "Studied without a clear benefit",
  outcome: { NO_BENEFIT: "no benefit found", INSUFFICIENT: "no usable answer yet" } as Record<string, string>,
  for: "for {ailments}",
  score: "score {score}",
  why: "Why",
  caution: "Caution: {note}",
  taking: "Taking into account: {conditions}",
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

import { Stage } from "../entity/contraindication-enums";
import type { EntityRecord } from "../entity/entity.record";
import { inSentence } from "../traversal/related-score";
import { adaptationText } from "./adaptation-text";
import type { QuestionRecord } from "./recommendation.record";
import type { Situation } from "./situation";
import { isAbsolute, rulesOutTherapy } from "./therapy-verdict";

/** A therapy still in the answer and the questions that change it; direct TREATED_BY stages per asked ailment. */
export interface Affected {
  therapy: EntityRecord;
  questions: string[];
  directStages: Map<string, Stage | null>;
}

const names = (therapies: EntityRecord[]) => therapies.map((t) => inSentence(t.name)).join(", ");
const byName = (a: EntityRecord, b: EntityRecord) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Whole-body exclusions first, then local ones, then stages, then precautions; by name within each. */
function rank(q: QuestionRecord): number {
  if (q.kind === "STAGE") return 2;
  const c = q.state!;
  return rulesOutTherapy(c) ? 0 : isAbsolute(c) ? 1 : 3;
}

/** The questions an answer is waiting on: every unknown state or stage that changes a therapy still in it. */
export function buildQuestions(situation: Situation, affected: Affected[]): QuestionRecord[] {
  const byQuestion = new Map<string, EntityRecord[]>();
  for (const a of affected) for (const q of a.questions) byQuestion.set(q, [...(byQuestion.get(q) ?? []), a.therapy]);
  const questions: QuestionRecord[] = [];
  for (const [id, therapies] of byQuestion) {
    therapies.sort(byName);
    const [kind, key] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
    if (kind === "state") questions.push(stateQuestion(id, key, therapies, situation));
    else questions.push(stageQuestion(id, key, affected, situation));
  }
  return questions.sort((a, b) => rank(a) - rank(b) || a.text.localeCompare(b.text) || a.id.localeCompare(b.id));
}

function stateQuestion(id: string, stateId: string, therapies: EntityRecord[], situation: Situation): QuestionRecord {
  const info = situation.states.get(stateId)!;
  const c = info.state;
  const about = info.presentedBy.map((p) => p.entity);
  const asked = about.filter((e) => situation.askedIds.has(e.id));
  let effect: string;
  if (rulesOutTherapy(c))
    effect = `If yes: ${names(therapies)} must not be given at all. If no: they can be recommended.`;
  else if (isAbsolute(c) && asked.length > 0) {
    const lesion = asked.map((a) => inSentence(a.name)).join(" and ");
    effect =
      `If yes: ${names(therapies)} must not be given on the affected area, and those that work on ${lesion} itself ` +
      "are not given for it until this has passed. If no: no change.";
  } else if (isAbsolute(c))
    effect = `If yes: ${names(therapies)} must not be given on the affected area; elsewhere they may go ahead. If no: no change.`;
  else {
    const how = adaptationText(c);
    effect = `If yes: ${names(therapies)} need adapting${how ? ` (${how})` : " or a physician's approval first"}. If no: no change.`;
  }
  return {
    id,
    kind: "STATE",
    text: c.question ?? `Does this apply to you now: ${inSentence(c.name)}?`,
    state: c,
    about,
    stages: [],
    effect,
    therapies,
    howToAnswer: `If yes, pass confirmedStates: ["${c.id}"]; if no, ruledOutStates: ["${c.id}"].`,
  };
}

function stageQuestion(id: string, ailmentId: string, affected: Affected[], situation: Situation): QuestionRecord {
  const ailment = situation.entities.find((e) => e.id === ailmentId)!;
  const at = (stage: Stage) =>
    affected
      .filter((a) => a.questions.includes(id) && a.directStages.get(ailmentId) === stage)
      .map((a) => a.therapy)
      .sort(byName);
  const parts = [
    [Stage.ACUTE, "Acute"],
    [Stage.SUBACUTE, "From the subacute stage on"],
    [Stage.CHRONIC, "Chronic (or between flares)"],
  ] as const;
  const effect = parts
    .map(([stage, words]) => ({ words, therapies: at(stage) }))
    .filter((p) => p.therapies.length > 0)
    .map((p) => `${p.words}: ${names(p.therapies)}.`)
    .join(" ");
  return {
    id,
    kind: "STAGE",
    text:
      `What stage is the ${inSentence(ailment.name)} in: acute (the first two or three days, or a flare), ` +
      "subacute (settling and healing) or chronic (long-standing, or between flares)?",
    state: null,
    about: [ailment],
    stages: [Stage.ACUTE, Stage.SUBACUTE, Stage.CHRONIC],
    effect: `Which therapies apply depends on it. ${effect}`,
    therapies: affected
      .filter((a) => a.questions.includes(id))
      .map((a) => a.therapy)
      .sort(byName),
    howToAnswer: `Pass stages: [{ ailment: "${ailment.id}", stage: ACUTE | SUBACUTE | CHRONIC }].`,
  };
}

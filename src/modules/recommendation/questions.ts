import { Stage, BodyRegion, SITE_REGIONS } from "../entity";
import type { EntityRecord } from "../entity";
import { inSentence } from "../traversal";
import { adaptationText } from "./adaptation-text";
import type { QuestionRecord } from "./recommendation.record";
import type { Situation } from "./situation";
import { isAbsolute, rulesOutTherapy } from "./contraindication-kinds";
import { regionWords } from "./technique-rules";
import type { ScreeningEffect } from "./therapy-verdict";
import { INTAKE_STATE_IDS } from "./intake";

/** A therapy still in the answer and the questions that change it; direct TREATED_BY stages per asked ailment. */
export interface Affected {
  therapy: EntityRecord;
  questions: string[];
  directStages: Map<string, Stage | null>;
  /** Intake questions nobody answered, and what a yes would do to this therapy. */
  screening: Map<string, ScreeningEffect>;
  /** SITE questions, with the regions this therapy works on ("ABDOMEN,LEGS"). */
  sites: Map<string, string>;
}

const names = (therapies: EntityRecord[]) => therapies.map((t) => inSentence(t.name)).join(", ");
const byName = (a: EntityRecord, b: EntityRecord) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Intake first, then whole-body exclusions, local ones, sites, stages, precautions; by name within each. */
function rank(q: QuestionRecord): number {
  if (q.intake) return -1;
  if (q.kind === "SITE") return 1.5;
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
    else if (kind === "site") questions.push(siteQuestion(id, key, affected, situation));
    else questions.push(stageQuestion(id, key, affected, situation));
  }
  questions.push(...intakeQuestions(situation, affected));
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
    regions: [],
    intake: false,
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
    regions: [],
    intake: false,
    effect: `Which therapies apply depends on it. ${effect}`,
    therapies: affected
      .filter((a) => a.questions.includes(id))
      .map((a) => a.therapy)
      .sort(byName),
    howToAnswer: `Pass stages: [{ ailment: "${ailment.id}", stage: ACUTE | SUBACUTE | CHRONIC }].`,
  };
}

/** Where is it? Asked when a local state's site (or a lesion's) decides whether a technique can be given at all. */
function siteQuestion(id: string, entityId: string, affected: Affected[], situation: Situation): QuestionRecord {
  const entity = situation.states.get(entityId)?.state ?? situation.entities.find((e) => e.id === entityId)!;
  const concerned = affected.filter((a) => a.sites.has(id)).sort((a, b) => byName(a.therapy, b.therapy));
  const parts = concerned.map((a) => {
    const regions = a.sites.get(id)!;
    const where = regions ? ` (it works on the ${regionWords(regions.split(",") as BodyRegion[])})` : "";
    return `${inSentence(a.therapy.name)}${where}`;
  });
  return {
    id,
    kind: "SITE",
    text: `Where on the body is the ${inSentence(entity.name)}?`,
    state: situation.states.get(entityId)?.state ?? null,
    about: [entity],
    stages: [],
    regions: [...SITE_REGIONS],
    intake: false,
    effect:
      `A technique that works only where it is cannot be given at all; one that works elsewhere may go ahead. ` +
      `It decides: ${parts.join(", ")}.`,
    therapies: concerned.map((a) => a.therapy),
    howToAnswer: `Pass sites: [{ of: "${entity.id}", regions: [ABDOMEN] }] (one or more regions).`,
  };
}

/** The intake screening questions nobody answered: asked first, with what a yes would change. */
function intakeQuestions(situation: Situation, affected: Affected[]): QuestionRecord[] {
  return INTAKE_STATE_IDS.flatMap((stateId) => {
    const info = situation.states.get(stateId);
    if (!info || !info.intake || info.status !== "UNKNOWN") return [];
    const id = `state:${stateId}`;
    const hit = (effect: ScreeningEffect) =>
      affected
        .filter((a) => a.screening.get(id) === effect)
        .map((a) => a.therapy)
        .sort(byName);
    const [out, adapt] = [hit("EXCLUDE"), hit("ADAPT")];
    const effects = [
      out.length > 0 ? `${names(out)} would not be given.` : "",
      adapt.length > 0 ? `${names(adapt)} would need adapting.` : "",
    ].filter(Boolean);
    const c = info.state;
    return [
      {
        id,
        kind: "STATE" as const,
        text: c.question ?? `Does this apply to you now: ${inSentence(c.name)}?`,
        state: c,
        about: [],
        stages: [],
        regions: [],
        intake: true,
        effect:
          `Asked of everyone: the recommendations assume no until you answer. If yes: ` +
          (effects.length > 0 ? effects.join(" ") : "tell your therapist; it changes how a session is given."),
        therapies: [...out, ...adapt],
        howToAnswer: `If yes, pass confirmedStates: ["${c.id}"]; if no, ruledOutStates: ["${c.id}"].`,
      },
    ];
  });
}

import { h } from "../shared/dom";
import { isTheoryChain, weakestGrade } from "../shared/evidence";
import type { Item, Question, Result } from "./widget-query";
import { fill, Strings } from "./widget-strings";

/** A person's answer to a question: yes / no for a state, a stage for a stage question. */
export type Answer = { question: Question; value: string };
type OnAnswer = (q: Question, value: string | null) => void;
type Child = Node | string | null | false;

const list = (tag: "ol" | "ul", cls: string, part: string, items: Node[]) =>
  items.length > 0 ? h(tag, { class: cls, part }, ...items) : null;
const section = (part: string, heading: string, body: Child) =>
  body && h("section", { class: part, part }, h("h3", {}, heading), body);
const reason = (text: string) => h("span", { class: "reason" }, text);

type Links = Item["why"][number]["relationships"];
const gradeSpan = (s: Strings, grade: string | null) =>
  grade && h("span", { class: "grade" }, fill(s.grade, { grade: s.evidence[grade] ?? grade }));
const theorySpan = (s: Strings, theory: boolean) => theory && h("span", { class: "theory" }, s.theory);

/** One why-path: a chain is as sure as its weakest link, and a chain of D links is only a theory. */
const path = (s: Strings, links: Links) => [theorySpan(s, isTheoryChain(links)), gradeSpan(s, weakestGrade(links))];

/** The suggestion as a whole: as sure as its best path; only a theory when every path is. */
function overall(s: Strings, why: Item["why"]): Child[] {
  const grades = why.map((p) => weakestGrade(p.relationships)).filter((g): g is string => g !== null);
  const theory = why.length > 0 && why.every((p) => isTheoryChain(p.relationships));
  return [theorySpan(s, theory), gradeSpan(s, grades.sort()[0] ?? null)];
}

function item(s: Strings, i: Item, part: string, questions: Map<string, Question>): Node {
  const waits = (i.dependsOn ?? []).map((id) => questions.get(id)?.text ?? id);
  const cautions = i.precautionNotes.map((note) => h("li", { class: "precaution" }, fill(s.caution, { note })));
  return h(
    "li",
    { part, "data-therapy": i.therapy.id },
    h("span", { class: "name" }, i.therapy.name),
    h("span", { class: "score", title: s.scoreTitle }, fill(s.score, { score: i.score.toFixed(2) })),
    ...overall(s, i.why),
    h("div", { class: "for" }, fill(s.for, { ailments: i.addresses.map((a) => a.name).join(", ") })),
    waits.length > 0 &&
      part === "conditional-item" &&
      h("div", { class: "for" }, fill(s.waitsOn, { questions: waits.join(" / ") })),
    cautions.length > 0 && h("ul", {}, ...cautions),
    h(
      "details",
      {},
      h("summary", {}, s.why),
      h("ul", {}, ...i.why.map((p) => h("li", { class: "path" }, p.explanation, " ", ...path(s, p.relationships)))),
    ),
  );
}

/** A toggle button; `data-key` lets focus return to it when the answer is drawn again. */
function toggle(q: Question, value: string, label: string, pressed: boolean, onClick: () => void): Node {
  const button = h(
    "button",
    { type: "button", part: "answer", "aria-pressed": String(pressed), "data-key": `${q.id}/${value}` },
    label,
  );
  button.addEventListener("click", onClick);
  return button;
}

/** The controls of one question, by its kind; a kind this widget does not know draws none. */
function controls(s: Strings, q: Question, answer: string | undefined, onAnswer: OnAnswer, legendId: string): Node[] {
  if (q.kind === "STATE")
    return [
      ["yes", s.yes],
      ["no", s.no],
    ].map(([value, label]) =>
      toggle(q, value, label, answer === value, () => onAnswer(q, answer === value ? null : value)),
    );
  if (q.kind === "SITE") {
    // Several regions may apply: each toggle adds or removes its own; none chosen leaves it unanswered.
    const chosen = new Set(answer ? answer.split(" ") : []);
    return q.regions.map((region) =>
      toggle(q, region, s.regions[region] ?? region.toLowerCase(), chosen.has(region), () => {
        const next = new Set(chosen);
        if (!next.delete(region)) next.add(region);
        onAnswer(q, next.size > 0 ? [...next].join(" ") : null);
      }),
    );
  }
  if (q.kind !== "STAGE") return [];
  const select = h(
    "select",
    { "aria-labelledby": legendId, part: "answer", "data-key": `${q.id}/stage` },
    h("option", { value: "" }, s.notSure),
  );
  for (const stage of q.stages) select.append(h("option", { value: stage }, s.stages[stage] ?? stage));
  select.value = answer ?? "";
  select.addEventListener("change", () => onAnswer(q, select.value || null));
  return [select];
}

/**
 * One question: Yes / No toggles (a state), a stage picker, or a toggle per body region (a site);
 * pressing a chosen answer again clears it.
 */
function question(s: Strings, q: Question, answer: string | undefined, onAnswer: OnAnswer): Node {
  const legendId = `q-${q.id.replace(/[^a-z0-9-]/gi, "-")}`;
  return h(
    "fieldset",
    { part: "question", "data-question": q.id, "data-kind": q.kind },
    h("legend", { id: legendId }, q.text),
    ...controls(s, q, answer, onAnswer, legendId),
    h("p", { class: "effect" }, q.effect),
  );
}

function redFlags(s: Strings, r: Result): Child {
  const flags = r.redFlags.map(({ redFlag: f }) =>
    h(
      "li",
      { part: "red-flag", "data-red-flag": f.id, "data-urgency": f.urgency },
      h("span", { class: "urgency" }, s.urgency[f.urgency] ?? f.urgency),
      h("span", { class: "name" }, f.name),
      reason(f.action),
    ),
  );
  return (
    flags.length > 0 &&
    h("section", { class: "flags", part: "red-flags", role: "note" }, h("h3", {}, s.redFlags), h("ul", {}, ...flags))
  );
}

/**
 * The whole answer, red flags first; questions already answered stay drawn so an answer can be
 * changed, each where it was first shown (`order`: question id -> when it was first seen).
 */
export function renderResult(
  s: Strings,
  r: Result,
  answers: Map<string, Answer>,
  onAnswer: OnAnswer,
  order: Map<string, number>,
): Node {
  const questions = new Map([...answers.values()].map((a) => [a.question.id, a.question]));
  for (const q of r.questions) questions.set(q.id, q);
  const position = (q: Question) => order.get(q.id) ?? order.size;
  // Screening questions asked of everyone (intake) come first, in their own group.
  const draw = (intake: boolean) =>
    [...questions.values()]
      .sort((a, b) => position(a) - position(b))
      .filter((q) => q.intake === intake)
      .map((q) => question(s, q, answers.get(q.id)?.value, onAnswer));
  const [intake, asked] = [draw(true), draw(false)];
  const applied = r.appliedConditions.map((c) => c.name).join(", ");
  const excluded = r.excluded.map((e) =>
    h(
      "li",
      { part: "excluded-item", "data-therapy": e.therapy.id },
      h("span", { class: "name" }, e.therapy.name),
      ...e.reasons.map(reason),
    ),
  );
  const against = r.notSupported.map((n) =>
    h(
      "li",
      { part: "not-supported-item", "data-therapy": n.therapy.id },
      h("span", { class: "name" }, n.therapy.name),
      ` (${n.about.name}): ${s.outcome[n.outcome] ?? n.outcome}`,
      n.relation.evidence ? ` (${s.evidence[n.relation.evidence] ?? n.relation.evidence})` : null,
      n.relation.note ? reason(n.relation.note) : null,
    ),
  );
  const items = list(
    "ol",
    "items",
    "items",
    r.items.map((i) => item(s, i, "item", questions)),
  );
  return h(
    "div",
    { class: "result" },
    redFlags(s, r),
    section("intake", s.intake, intake.length > 0 && h("div", {}, ...intake)),
    section("questions", s.questions, asked.length > 0 && h("div", {}, ...asked)),
    applied ? h("p", { class: "muted" }, fill(s.taking, { conditions: applied })) : null,
    section("items", s.suggested, items ?? h("p", { class: "muted" }, s.none)),
    section(
      "conditional",
      s.conditional,
      list(
        "ul",
        "conditional",
        "conditional-list",
        r.conditional.map((i) => item(s, i, "conditional-item", questions)),
      ),
    ),
    section("excluded", s.excluded, list("ul", "excluded", "excluded-list", excluded)),
    section("not-supported", s.notSupported, list("ul", "not-supported", "not-supported-list", against)),
    h("p", { class: "disclaimer", part: "disclaimer" }, r.disclaimer),
  );
}

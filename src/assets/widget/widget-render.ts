import { h } from "../shared/dom";
import type { Item, Question, Result } from "./widget-query";
import { fill, Strings } from "./widget-strings";

/** A person's answer to a question: yes / no for a state, a stage for a stage question. */
export type Answer = { question: Question; value: string };

type Child = Node | string | null | false;
const list = (tag: "ol" | "ul", cls: string, part: string, items: Node[]) => (items.length > 0 ? h(tag, { class: cls, part }, ...items) : null);
const section = (part: string, heading: string, body: Child) => body && h("section", { class: part, part }, h("h3", {}, heading), body);

function item(s: Strings, i: Item, part: string, questions: Map<string, Question>): Node {
  const waits = (i.dependsOn ?? []).map((id) => questions.get(id)?.text ?? id);
  return h(
    "li",
    { part, "data-therapy": i.therapy.id },
    h("span", { class: "name" }, i.therapy.name),
    h("span", { class: "score", title: "Ranking score" }, fill(s.score, { score: i.score.toFixed(2) })),
    h("div", { class: "for" }, fill(s.for, { ailments: i.addresses.map((a) => a.name).join(", ") })),
    waits.length > 0 && part === "conditional-item" && h("div", { class: "for" }, fill(s.waitsOn, { questions: waits.join(" / ") })),
    i.precautionNotes.length > 0 && h("ul", {}, ...i.precautionNotes.map((note) => h("li", { class: "precaution" }, fill(s.caution, { note })))),
    h("details", {}, h("summary", {}, s.why), h("ul", {}, ...i.why.map((p) => h("li", {}, p.explanation)))),
  );
}

/** One question: Yes / No toggles (a state) or a stage picker; pressing the chosen answer again clears it. */
function question(s: Strings, q: Question, answer: string | undefined, onAnswer: (q: Question, value: string | null) => void): Node {
  const legendId = `q-${q.id.replace(/[^a-z0-9-]/gi, "-")}`;
  const controls: Node[] = [];
  if (q.kind === "STATE") {
    for (const [value, label] of [["yes", s.yes], ["no", s.no]]) {
      const button = h("button", { type: "button", part: "answer", "aria-pressed": String(answer === value), "data-key": `${q.id}/${value}` }, label);
      button.addEventListener("click", () => onAnswer(q, answer === value ? null : value));
      controls.push(button);
    }
  } else {
    const select = h("select", { "aria-labelledby": legendId, part: "answer", "data-key": `${q.id}/stage` }, h("option", { value: "" }, s.notSure));
    for (const stage of q.stages) select.append(h("option", { value: stage }, s.stages[stage] ?? stage));
    select.value = answer ?? "";
    select.addEventListener("change", () => onAnswer(q, select.value || null));
    controls.push(select);
  }
  return h("fieldset", { part: "question", "data-question": q.id }, h("legend", { id: legendId }, q.text), ...controls, h("p", { class: "effect" }, q.effect));
}

export function renderResult(s: Strings, r: Result, answers: Map<string, Answer>, onAnswer: (q: Question, value: string | null) => void): Node {
  const questions = new Map([...answers.values()].map((a) => [a.question.id, a.question]));
  for (const q of r.questions) questions.set(q.id, q);
  const flags = r.redFlags.map((f) =>
    h("li", { part: "red-flag", "data-red-flag": f.redFlag.id, "data-urgency": f.redFlag.urgency },
      h("span", { class: "urgency" }, s.urgency[f.redFlag.urgency] ?? f.redFlag.urgency), h("span", { class: "name" }, f.redFlag.name), h("span", { class: "reason" }, f.redFlag.action)),
  );
  const applied = r.appliedConditions.map((c) => c.name).join(", ");
  return h(
    "div",
    { class: "result" },
    flags.length > 0 && h("section", { class: "flags", part: "red-flags", role: "note" }, h("h3", {}, s.redFlags), h("ul", {}, ...flags)),
    section("questions", s.questions, questions.size > 0 && h("div", {}, ...[...questions.values()].map((q) => question(s, q, answers.get(q.id)?.value, onAnswer)))),
    applied ? h("p", { class: "muted" }, fill(s.taking, { conditions: applied })) : null,
    section("items", s.suggested, list("ol", "items", "items", r.items.map((i) => item(s, i, "item", questions))) ?? h("p", { class: "muted" }, s.none)),
    section("conditional", s.conditional, list("ul", "conditional", "conditional-list", r.conditional.map((i) => item(s, i, "conditional-item", questions)))),
    section("excluded", s.excluded, list("ul", "excluded", "excluded-list", r.excluded.map((e) =>
      h("li", { part: "excluded-item", "data-therapy": e.therapy.id }, h("span", { class: "name" }, e.therapy.name), ...e.reasons.map((reason) => h("span", { class: "reason" }, reason)))))),
    section("not-supported", s.notSupported, list("ul", "not-supported", "not-supported-list", r.notSupported.map((n) =>
      h("li", { part: "not-supported-item", "data-therapy": n.therapy.id }, h("span", { class: "name" }, n.therapy.name), ` (${n.about.name}): ${s.outcome[n.outcome] ?? n.outcome}`,
        n.relation.note ? h("span", { class: "reason" }, n.relation.note) : null)))),
    h("p", { class: "disclaimer", part: "disclaimer" }, r.disclaimer),
  );
}

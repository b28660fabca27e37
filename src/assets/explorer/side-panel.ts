import { h } from "../shared/dom";
import { EVIDENCE_WORDS, isTheoryChain } from "../shared/evidence";
import type { GraphNode, GraphPath, GraphRelation, RedFlagItem } from "./explorer-queries";

const KIND_NAMES: Record<string, string> = {
  AILMENT: "Ailment",
  CAUSE: "Cause",
  THERAPY: "Therapy",
  CONTRAINDICATION: "Contraindication",
  RED_FLAG: "Red flag",
};

/** Only http(s) links are made clickable, so a stored URL can never run script. */
function sourceItem(source: GraphRelation["sources"][number]): HTMLElement {
  const safe = source.url && /^https?:\/\//i.test(source.url);
  return h(
    "li",
    {},
    safe ? h("a", { href: source.url!, target: "_blank", rel: "noopener noreferrer" }, source.title) : source.title,
  );
}

/** "B, some evidence": the grade and what it means, in the words of the README's evidence policy. */
const evidenceInWords = (grade: string | null) =>
  grade ? `${grade}, ${EVIDENCE_WORDS[grade] ?? "unknown grade"}` : "not graded";

const PRACTICE_ONLY = "Practice only: massage teaching or tradition that no written source a reader can check carries.";

export function relationDetails(r: GraphRelation, nameOf: (id: string) => string): HTMLElement {
  return h(
    "div",
    { class: "relation", "data-relation": `${r.type}:${r.from}->${r.to}` },
    h("p", { class: "relation-title" }, `${nameOf(r.from)} `, h("strong", {}, r.type), ` ${nameOf(r.to)}`),
    r.note ? h("p", { class: "note" }, r.note) : h("p", { class: "muted" }, "No note."),
    h("p", { class: "muted evidence" }, `Evidence: ${evidenceInWords(r.evidence)}`),
    h("p", { class: "label" }, "Sources"),
    r.sources.length > 0
      ? h("ul", { class: "sources" }, ...r.sources.map(sourceItem))
      : h("p", { class: "muted" }, r.practiceOnly ? PRACTICE_ONLY : "None listed."),
  );
}

const URGENCY: Record<string, string> = {
  EMERGENCY: "Emergency",
  SAME_DAY: "See a doctor today",
  SOON: "See a doctor soon",
};

/** Red flags go above everything else, styled as a warning. */
export function redFlagsWarning(flags: RedFlagItem[]): HTMLElement | null {
  if (flags.length === 0) return null;
  return h(
    "section",
    { class: "red-flags", role: "note", "aria-label": "Red flags" },
    h("h3", {}, "See a doctor first if any of these apply"),
    h(
      "ul",
      {},
      ...flags.map(({ redFlag: f }) =>
        h(
          "li",
          { "data-red-flag": f.id },
          h("strong", {}, `${URGENCY[f.urgency] ?? f.urgency}: `),
          f.name,
          h("span", { class: "action" }, f.action),
        ),
      ),
    ),
  );
}

export function nodeDetails(
  node: GraphNode,
  actions: { pathFrom: () => void; pathTo: () => void; expand: () => void },
): HTMLElement {
  const button = (label: string, onClick: () => void, name: string) => {
    const b = h("button", { type: "button", "data-action": name }, label);
    b.addEventListener("click", onClick);
    return b;
  };
  return h(
    "div",
    { class: "node", "data-node": node.id },
    h("h2", {}, node.name),
    h("p", { class: `kind kind-${node.kind.toLowerCase()}` }, KIND_NAMES[node.kind] ?? node.kind),
    node.urgency
      ? redFlagsWarning([
          { redFlag: { id: node.id, name: node.name, urgency: node.urgency, action: node.action ?? "" } },
        ])
      : null,
    node.summary ? h("p", {}, node.summary) : null,
    h(
      "div",
      { class: "actions" },
      button("Expand", actions.expand, "expand"),
      button("Path from here", actions.pathFrom, "path-from"),
      button("Path to here", actions.pathTo, "path-to"),
    ),
  );
}

export function pathDetails(
  path: GraphPath | null,
  ends: { from: string; to: string },
  nameOf: (id: string) => string,
): HTMLElement {
  if (!path)
    return h(
      "div",
      { class: "path-result" },
      h("p", {}, `No path between ${nameOf(ends.from)} and ${nameOf(ends.to)} within the hop limit.`),
    );
  return h(
    "div",
    { class: "path-result" },
    h("h2", {}, `Path (${path.length} step${path.length === 1 ? "" : "s"})`),
    h("p", { class: "explanation" }, path.explanation),
    isTheoryChain(path.relationships)
      ? h("p", { class: "theory" }, "Only a theory: every link of this chain is practice or theory only.")
      : null,
    ...path.relationships.map((r) => relationDetails(r, nameOf)),
  );
}

import { h } from "../shared/dom";
import { graphqlRequest } from "../shared/graphql-request";

/**
 * The widget demo: lists of ailments and contraindications (from the `ailments` and
 * `contraindications` root fields) and a search box drive the attributes of the one
 * <therapy-recommendations> element on the page.
 */
const LISTS_QUERY = `query WidgetDemoLists {
  ailments(first: 100) { edges { node { id name } } }
  contraindications(first: 100) { edges { node { id name severity scope } } }
}`;
const SEARCH_QUERY = `query WidgetDemoSearch($text: String!) {
  search(text: $text, kinds: [AILMENT, CONTRAINDICATION], first: 6) { entity { id name kind } }
}`;

interface Lists {
  ailments: { edges: { node: { id: string; name: string } }[] };
  contraindications: { edges: { node: { id: string; name: string; severity: string; scope: string } }[] };
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const widget = document.querySelector("therapy-recommendations")!;
const ailmentSelect = $<HTMLSelectElement>("ailments");
const conditionSelect = $<HTMLSelectElement>("conditions");

const selected = (select: HTMLSelectElement) => Array.from(select.selectedOptions, (o) => o.value);
const option = (value: string, label: string, isSelected: boolean) => {
  const o = h("option", { value }, label);
  o.selected = isSelected;
  return o;
};

function apply(): void {
  widget.setAttribute("ailments", selected(ailmentSelect).join(" "));
  widget.setAttribute("conditions", selected(conditionSelect).join(" "));
  const attributes = ["ailments", "conditions"].map((name) => ` ${name}="${widget.getAttribute(name)}"`).join("");
  $("snippet").textContent = `<script src="${new URL("/widget.js", location.href).href}"></script>\n<therapy-recommendations${attributes}></therapy-recommendations>`;
}

function choose(select: HTMLSelectElement, id: string): void {
  const match = Array.from(select.options).find((o) => o.value === id);
  if (match) match.selected = true;
  apply();
}

async function fillLists(): Promise<void> {
  const initialAilments = (widget.getAttribute("ailments") ?? "").split(/[\s,]+/);
  const initialConditions = (widget.getAttribute("conditions") ?? "").split(/[\s,]+/);
  try {
    const lists = await graphqlRequest<Lists>("/graphql", LISTS_QUERY, {});
    const ailments = lists.ailments.edges.map((e) => e.node);
    ailmentSelect.replaceChildren(...ailments.map((a) => option(a.id, a.name, initialAilments.includes(a.id))));
    conditionSelect.replaceChildren(
      h("optgroup", { label: "Contraindications" }, ...lists.contraindications.edges.map(({ node: c }) => option(c.id, `${c.name} (${c.severity.toLowerCase()}, ${c.scope.toLowerCase()})`, initialConditions.includes(c.id)))),
      h("optgroup", { label: "Ailments (every state they may present as applies)" }, ...ailments.map((a) => option(a.id, a.name, initialConditions.includes(a.id)))),
    );
    apply();
  } catch (error) {
    $("lists-error").textContent = `Could not load the lists: ${error instanceof Error ? error.message : String(error)}`;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
$<HTMLInputElement>("search").addEventListener("input", (event) => {
  clearTimeout(timer);
  const text = (event.target as HTMLInputElement).value.trim();
  timer = setTimeout(async () => {
    if (!text) return $("hits").replaceChildren();
    const data = await graphqlRequest<{ search: { entity: { id: string; name: string; kind: string } }[] }>("/graphql", SEARCH_QUERY, { text }).catch(() => null);
    $("hits").replaceChildren(
      ...(data?.search ?? []).map(({ entity }) => {
        const asAilment = h("button", { type: "button" }, "as ailment");
        asAilment.addEventListener("click", () => choose(ailmentSelect, entity.id));
        const asCondition = h("button", { type: "button" }, "as my condition");
        asCondition.addEventListener("click", () => choose(conditionSelect, entity.id));
        return h("li", {}, `${entity.name} `, entity.kind === "AILMENT" ? asAilment : null, " ", asCondition);
      }),
    );
  }, 250);
});

$("form").addEventListener("submit", (event) => event.preventDefault());
ailmentSelect.addEventListener("change", apply);
conditionSelect.addEventListener("change", apply);
$("clear").addEventListener("click", () => {
  for (const select of [ailmentSelect, conditionSelect]) for (const o of Array.from(select.options)) o.selected = false;
  apply();
});
void fillLists();

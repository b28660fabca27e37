import { h } from "../shared/dom";
import { graphqlRequest } from "../shared/graphql-request";

/**
 * The widget demo: lists of ailments and contraindications (from the `ailments` and
 * `contraindications` root fields) and a free-text picker (the `resolveTerms` root field: what a
 * person types, resolved to the entity they mean, or close suggestions) drive the attributes of
 * the one <therapy-recommendations> element on the page.
 */
const LISTS_QUERY = `query WidgetDemoLists {
  ailments(first: 100) { edges { node { id name mechanism } } }
  contraindications(first: 100) { edges { node { id name severity scope } } }
}`;
const RESOLVE_QUERY = `query WidgetDemoResolve($text: String!) {
  resolveTerms(texts: [$text], kinds: [AILMENT, CONTRAINDICATION, CAUSE]) { entity { ...Found } suggestions { ...Found } }
}
fragment Found on Entity { id name kind ... on Ailment { mechanism } }`;
/** A mechanism (muscle ischemia) explains complaints; it is not one a person picks (issue 25). */
type Found = { id: string; name: string; kind: string; mechanism?: boolean };

interface Lists {
  ailments: { edges: { node: { id: string; name: string; mechanism: boolean } }[] };
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
  $("snippet").textContent =
    `<script src="${new URL("/widget.js", location.href).href}"></script>\n<therapy-recommendations${attributes}></therapy-recommendations>`;
}

/** Selects the entity in the list; one the lists do not hold (a cause such as infection) is added to it. */
function choose(select: HTMLSelectElement, id: string, name = id): void {
  const match = Array.from(select.options).find((o) => o.value === id) ?? select.appendChild(option(id, name, true));
  match.selected = true;
  apply();
}

async function fillLists(): Promise<void> {
  const initialAilments = (widget.getAttribute("ailments") ?? "").split(/[\s,]+/);
  const initialConditions = (widget.getAttribute("conditions") ?? "").split(/[\s,]+/);
  try {
    const lists = await graphqlRequest<Lists>("/graphql", LISTS_QUERY, {});
    const ailments = lists.ailments.edges.map((e) => e.node).filter((a) => !a.mechanism);
    ailmentSelect.replaceChildren(...ailments.map((a) => option(a.id, a.name, initialAilments.includes(a.id))));
    conditionSelect.replaceChildren(
      h(
        "optgroup",
        { label: "Contraindications" },
        ...lists.contraindications.edges.map(({ node: c }) =>
          option(
            c.id,
            `${c.name} (${c.severity.toLowerCase()}, ${c.scope.toLowerCase()})`,
            initialConditions.includes(c.id),
          ),
        ),
      ),
      h(
        "optgroup",
        { label: "Ailments (the states they may present as are asked)" },
        ...ailments.map((a) => option(a.id, a.name, initialConditions.includes(a.id))),
      ),
    );
    apply();
  } catch (error) {
    $("lists-error").textContent =
      `Could not load the lists: ${error instanceof Error ? error.message : String(error)}`;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
$<HTMLInputElement>("search").addEventListener("input", (event) => {
  clearTimeout(timer);
  const text = (event.target as HTMLInputElement).value.trim();
  timer = setTimeout(() => void showHits(text), 250);
});

/** Terms matching the picker's text, each addable as an ailment or as the person's condition. */
async function showHits(text: string): Promise<void> {
  {
    if (!text) return $("hits").replaceChildren();
    const data = await graphqlRequest<{ resolveTerms: { entity: Found | null; suggestions: Found[] }[] }>(
      "/graphql",
      RESOLVE_QUERY,
      { text },
    ).catch(() => null);
    const [resolved] = data?.resolveTerms ?? [];
    const found = resolved
      ? [resolved.entity, ...resolved.suggestions].filter((e): e is Found => e !== null && !e.mechanism)
      : [];
    $("hits").replaceChildren(
      ...found.map((entity) => {
        const asAilment = h(
          "button",
          { type: "button", "aria-label": `Add ${entity.name} as an ailment` },
          "as ailment",
        );
        asAilment.addEventListener("click", () => choose(ailmentSelect, entity.id, entity.name));
        const asCondition = h(
          "button",
          { type: "button", "aria-label": `Add ${entity.name} as my condition` },
          "as my condition",
        );
        asCondition.addEventListener("click", () => choose(conditionSelect, entity.id, entity.name));
        return h("li", {}, `${entity.name} `, entity.kind === "AILMENT" ? asAilment : null, " ", asCondition);
      }),
    );
  }
}

$("form").addEventListener("submit", (event) => event.preventDefault());
ailmentSelect.addEventListener("change", apply);
conditionSelect.addEventListener("change", apply);
$("clear").addEventListener("click", () => {
  for (const select of [ailmentSelect, conditionSelect]) for (const o of Array.from(select.options)) o.selected = false;
  apply();
});
void fillLists();

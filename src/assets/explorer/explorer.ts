import type { EdgeSingular, NodeSingular } from "cytoscape";
import { RELATION_TYPES } from "../../modules/graph/relation-type";
import { h } from "../shared/dom";
import { graphqlRequest } from "../shared/graphql-request";
import {
  GraphPath,
  GraphRelation,
  NEIGHBOURHOOD_QUERY,
  RED_FLAGS_QUERY,
  RedFlagItem,
  SEARCH_QUERY,
  SearchHit,
  SHORTEST_PATH_QUERY,
  Subgraph,
} from "./explorer-queries";
import { GraphView } from "./graph-view";
import { nodeDetails, pathDetails, redFlagsWarning, relationDetails } from "./side-panel";

const ENDPOINT = "/graphql";
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const view = new GraphView($("graph"));
const panel = $("details");
const status = $("status");
const pathEnds: { from?: string; to?: string } = {};

/** State the browser tests read (window.__explorer); the page itself does not depend on it. */
const state = { ready: false, loading: 0, focus: "", truncated: false, path: null as GraphPath | null, error: "" };
(window as unknown as Record<string, unknown>).__explorer = { cy: view.cy, state, load, expand, findPath };

const nameOf = (id: string) => view.node(id)?.name ?? id;

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle("error", isError);
  if (isError) state.error = text;
}

async function request<T>(query: string, variables: Record<string, unknown>): Promise<T | undefined> {
  state.loading += 1;
  try {
    return await graphqlRequest<T>(ENDPOINT, query, variables);
  } catch (error) {
    setStatus(error instanceof Error ? error.message : String(error), true);
    return undefined;
  } finally {
    state.loading -= 1;
  }
}

function filters(): { depth: number; relationTypes: string[] | null } {
  const checked = Array.from(
    document.querySelectorAll<HTMLInputElement>("#relation-types input:checked"),
    (i) => i.value,
  );
  return {
    depth: Number($<HTMLSelectElement>("depth").value),
    relationTypes: checked.length === RELATION_TYPES.length ? null : checked,
  };
}

async function fetchNeighbourhood(id: string): Promise<Subgraph | undefined> {
  const data = await request<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD_QUERY, { id, ...filters() });
  return data?.neighbourhood;
}

/** Draws the neighbourhood of an entity in place of the current graph. */
async function load(id: string): Promise<void> {
  const subgraph = await fetchNeighbourhood(id);
  if (!subgraph) return;
  view.replace(subgraph, id);
  state.focus = id;
  state.truncated = subgraph.truncated;
  state.path = null;
  select(id);
  setStatus(
    `${subgraph.nodes.length} entities, ${subgraph.relationships.length} relationships${subgraph.truncated ? " (cut short by the size cap)" : ""}.`,
  );
  history.replaceState(null, "", `?id=${encodeURIComponent(id)}`);
  state.ready = true;
}

/** Adds an entity's neighbourhood to what is drawn. */
async function expand(id: string): Promise<void> {
  const subgraph = await fetchNeighbourhood(id);
  if (!subgraph) return;
  const added = view.merge(subgraph.nodes, subgraph.relationships, id);
  if (added > 0) view.layout(id);
  setStatus(`Expanded ${nameOf(id)}: ${added} new element${added === 1 ? "" : "s"}.`);
}

async function findPath(from: string, to: string): Promise<void> {
  const data = await request<{ shortestPath: GraphPath | null }>(SHORTEST_PATH_QUERY, { from, to });
  if (!data) return;
  state.path = data.shortestPath;
  if (data.shortestPath) view.showPath(data.shortestPath);
  else view.clearPath();
  panel.replaceChildren(pathDetails(data.shortestPath, { from, to }, nameOf));
  setStatus(data.shortestPath ? data.shortestPath.explanation : "No path found.");
}

function showPathEnds(): void {
  $("path-ends").textContent =
    `Path: ${pathEnds.from ? nameOf(pathEnds.from) : "(pick a start)"} -> ${pathEnds.to ? nameOf(pathEnds.to) : "(pick an end)"}`;
  if (pathEnds.from && pathEnds.to) void findPath(pathEnds.from, pathEnds.to);
}

function select(id: string): void {
  const node = view.node(id);
  if (!node) return;
  view.cy.elements().unselect();
  view.cy.getElementById(id).select();
  const details = nodeDetails(node, {
    expand: () => void expand(id),
    pathFrom: () => ((pathEnds.from = id), showPathEnds()),
    pathTo: () => ((pathEnds.to = id), showPathEnds()),
  });
  panel.replaceChildren(details);
  if (node.kind === "AILMENT") void showRedFlags(id, details);
}

/** An ailment's red flags, above its details, once they arrive (if it is still the one shown). */
async function showRedFlags(id: string, details: HTMLElement): Promise<void> {
  const data = await request<{ ailment: { redFlags: RedFlagItem[] } | null }>(RED_FLAGS_QUERY, { id });
  const warning = redFlagsWarning(data?.ailment?.redFlags ?? []);
  if (warning && details.isConnected) details.prepend(warning);
}

view.cy.on("tap", "node", (event) => {
  const id = (event.target as NodeSingular).id();
  select(id);
  void expand(id);
});
view.cy.on("tap", "edge", (event) =>
  panel.replaceChildren(relationDetails((event.target as EdgeSingular).data() as GraphRelation, nameOf)),
);

// Search: as the user types (debounced), list the hits; choosing one draws its neighbourhood.
const searchInput = $<HTMLInputElement>("search");
const hitsList = $("hits");
let searchTimer: ReturnType<typeof setTimeout> | undefined;
searchInput.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void showHits(), 250);
});

/** The search box's hits, for the text it holds now (answers to older texts are dropped). */
async function showHits(): Promise<void> {
  const text = searchInput.value.trim();
  if (!text) return hitsList.replaceChildren();
  const data = await request<{ search: SearchHit[] }>(SEARCH_QUERY, { text });
  if (!data || searchInput.value.trim() !== text) return;
  hitsList.replaceChildren(
    ...(data.search.length === 0
      ? [h("li", { class: "muted" }, "No match.")]
      : data.search.map((hit) => {
          const button = h(
            "button",
            { type: "button", "data-id": hit.entity.id },
            hit.entity.name,
            h("span", { class: "muted" }, ` ${hit.entity.kind.toLowerCase()}`),
          );
          button.addEventListener("click", () => {
            hitsList.replaceChildren();
            void load(hit.entity.id);
          });
          return h("li", {}, button);
        })),
  );
}

$("relation-types").replaceChildren(
  ...RELATION_TYPES.map((type) =>
    h("label", {}, h("input", { type: "checkbox", value: type, checked: "" }), ` ${type}`),
  ),
);
for (const control of [$("depth"), $("relation-types")])
  control.addEventListener("change", () => state.focus && void load(state.focus));

void load(new URLSearchParams(location.search).get("id") || "muscle-spasm");

import { playgroundExamples } from "./playground-examples";

/** Operations of the project's own pages (src/assets: widget and explorer; a test keeps this list true). */
export const PAGE_OPERATIONS = [
  "TherapyRecommendationsWidget",
  "WidgetDemoLists",
  "WidgetDemoSearch",
  "ExplorerSearch",
  "ExplorerNeighbourhood",
  "ExplorerShortestPath",
];

/** Names of the operations the project itself sends or documents: the metrics always label them as themselves. */
export function knownOperationNames(): string[] {
  const named = /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/gm;
  const examples = playgroundExamples.flatMap((e) => [...e.query.matchAll(named)].map((m) => m[1]));
  return [...new Set([...examples, ...PAGE_OPERATIONS])];
}

/**
 * The entry point of src/assets for test/: the operations the browser pages send, which the trusted
 * documents and the metrics' operation names must know. The pages themselves are bundled from their
 * own entry files (src/cli/build-assets.ts), not from here.
 */
export { NEIGHBOURHOOD_QUERY, SEARCH_QUERY, SHORTEST_PATH_QUERY } from "./explorer/explorer-queries";
export { RECOMMEND_QUERY } from "./widget/widget-query";

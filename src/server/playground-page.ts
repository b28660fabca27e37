import { playgroundExamples } from "./playground-examples";

/** JSON for an inline <script>: `<` is escaped so no text can close the script element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The GraphiQL playground, served entirely from this server's own assets (no CDN), opened with
 * the saved example operations as tabs.
 */
export function playgroundPage(endpoint = "/graphql"): string {
  const tabs = playgroundExamples.map((e) => ({
    query: e.query,
    variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Massage knowledge graph - GraphiQL</title>
  <link rel="stylesheet" href="/assets/vendor/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground...</div>
  <script src="/assets/vendor/react.production.min.js"></script>
  <script src="/assets/vendor/react-dom.production.min.js"></script>
  <script src="/assets/vendor/graphiql.min.js"></script>
  <script id="playground-config" type="application/json">${inlineJson({ endpoint, tabs })}</script>
  <script src="/assets/playground.js"></script>
</body>
</html>
`;
}

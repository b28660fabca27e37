import { playgroundExamples } from "./playground-examples";

/** JSON for an inline <script>: `<` is escaped so no text can close the script element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * With trusted documents on, GraphiQL's schema load (introspection) is refused to anonymous users:
 * without this notice the docs and autocomplete stay empty with no word why.
 */
const TRUSTED_NOTICE_STYLE = `<style>body { display: flex; flex-direction: column; } #graphiql { flex: 1; min-height: 0; }
    #trusted-documents-notice { margin: 0; padding: 0.5em 1em; background: #fff4d6; font: 14px sans-serif; }</style>`;
const TRUSTED_NOTICE = `<p id="trusted-documents-notice" role="status">Trusted documents are on
  (<code>TRUSTED_DOCUMENTS</code>): the saved examples run, but the schema (docs, autocomplete) and any other
  operation are refused with <code>PERSISTED_QUERY_NOT_IN_LIST</code> unless a curator key is sent. To load the
  schema, add <code>{"Authorization": "Bearer &lt;curator key&gt;"}</code> in the Headers tab and press
  the re-fetch schema button.</p>`;

/**
 * The GraphiQL playground, served entirely from this server's own assets (no CDN), opened with
 * the saved example operations as tabs.
 */
export function playgroundPage(endpoint = "/graphql", options: { trustedDocuments?: boolean } = {}): string {
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
  ${options.trustedDocuments ? TRUSTED_NOTICE_STYLE : ""}
</head>
<body>
  ${options.trustedDocuments ? TRUSTED_NOTICE : ""}
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

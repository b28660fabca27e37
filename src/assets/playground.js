// Starts GraphiQL against this server, with the saved example operations as tabs.
(function () {
  var config = JSON.parse(document.getElementById("playground-config").textContent);
  var fetcher = GraphiQL.createFetcher({ url: new URL(config.endpoint, window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs,
      // GraphiQL fills the editors of the first tab from these, not from defaultTabs.
      query: config.tabs[0].query,
      variables: config.tabs[0].variables,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    }),
  );
})();

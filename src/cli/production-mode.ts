/**
 * Imported first by the server's entry point: graphql-js reads NODE_ENV when it loads, and in
 * development mode it runs extra checks on every request. Set NODE_ENV=development to keep them.
 */
process.env.NODE_ENV ??= "production";

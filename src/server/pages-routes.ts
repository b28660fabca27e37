import type { FastifyInstance } from "fastify";

/**
 * The browser pages: the graph explorer, the embeddable recommendation widget and its demo.
 * Their files are built into dist/public by `npm run build` (src/cli/build-assets.ts); the
 * static plugin registered in app.ts serves them and provides reply.sendFile.
 */
export function registerPageRoutes(app: FastifyInstance): void {
  app.get("/explorer", (_request, reply) => reply.type("text/html; charset=utf-8").sendFile("explorer/explorer.html"));
  app.get("/widget/demo", (_request, reply) => reply.type("text/html; charset=utf-8").sendFile("widget/demo.html"));
  // Other sites embed the widget with a <script> tag; a short cache lets fixes reach them soon.
  app.get("/widget.js", (_request, reply) =>
    reply
      .type("application/javascript; charset=utf-8")
      .header("cross-origin-resource-policy", "cross-origin")
      .sendFile("widget/widget.js", { maxAge: 5 * 60 * 1000 }),
  );
}

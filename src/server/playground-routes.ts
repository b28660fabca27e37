import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const HTML = "text/html; charset=utf-8";

/** A browser opening /graphql: a GET with no query that accepts HTML. */
function wantsPlayground(request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  return request.method === "GET" && !query?.query && (request.headers.accept ?? "").includes("text/html");
}

/** The playground page (playground-page.ts) at `/`, and an empty favicon. */
export function registerPlaygroundRoutes(app: FastifyInstance, page: string): void {
  app.get("/", (_request: FastifyRequest, reply: FastifyReply) => reply.type(HTML).send(page));
  app.get("/favicon.ico", (_request, reply) => reply.code(204).send());
}

/** In the /graphql scope: a browser's GET of /graphql gets the playground page instead of an operation. */
export function servePlaygroundOnGraphql(scope: FastifyInstance, page: string): void {
  scope.addHook("onRequest", async (request, reply) => {
    if (wantsPlayground(request)) return reply.type(HTML).send(page);
  });
}

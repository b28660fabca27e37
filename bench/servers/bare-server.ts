import "reflect-metadata";
import { createServer } from "node:http";
import { ApiError } from "../../src/errors";
import { createContext } from "../../src/graphql";
import { BARE_HANDLERS } from "./bare-handlers";
import { readBody, sendJson } from "./plain-http";
import { serverEnv } from "./server-env";
import { runMain } from "../harness/run-main";
import { listenUntilSignal } from "./listen-plain";

/**
 * The limit: a bare node:http server answering POST /op/<operation> with a JSON body of parameters
 * through the API's own request context and services (createContext: the per-request database
 * view, loaders and result budget), as { "data": ... } or { "errors": [...] }. What makes it bare
 * is only what it leaves out: GraphQL and the web framework.
 */
async function main(): Promise<void> {
  const env = serverEnv();
  const db = env.connect();
  const server = createServer((request, response) => {
    void (async () => {
      const url = request.url ?? "/";
      if (url === "/readyz") return sendJson(response, (await db.ping()) ? 200 : 503, { status: "checked" });
      const handler = request.method === "POST" && url.startsWith("/op/") ? BARE_HANDLERS[url.slice(4)] : undefined;
      if (!handler) return sendJson(response, 404, { errors: [{ message: `no operation ${url}` }] });
      try {
        const params = JSON.parse(await readBody(request)) as Record<string, unknown>;
        const { services } = createContext({ db, config: env.config, viewer: null });
        sendJson(response, 200, { data: await handler(services, params) });
      } catch (error) {
        // The API's error code too, so the harness tells a shed or a timeout from a defect, as for the API.
        const code = error instanceof ApiError ? error.code : "INTERNAL_SERVER_ERROR";
        const message = error instanceof Error ? error.message : String(error);
        sendJson(response, 500, { errors: [{ message, extensions: { code } }] });
      }
    })();
  });
  listenUntilSignal(server, env, () => db.close());
}

runMain(main);

import type { FastifyReply } from "fastify";

/**
 * An AbortSignal that aborts when the client closes its connection before its answer was sent, so
 * the request's database work stops (Database.forRequest) and frees its pooled connections.
 * (Fastify's `request.signal` listens to the request stream's "close", which Node 20 emits as soon
 * as the body has been read, so it would cancel every POST; the response's "close" before it
 * finished is the client going away.)
 */
export function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  // The client may have gone already, while the request waited for its body, a slot or the event loop.
  if (reply.raw.destroyed || reply.raw.socket?.destroyed !== false) controller.abort();
  else
    reply.raw.once("close", () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
  return controller.signal;
}

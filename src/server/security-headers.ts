import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * Security headers (helmet) on every response. The pages (playground, explorer, widget
 * demo) load only this server's own scripts, styles and data, so the Content-Security-Policy
 * allows 'self' alone, plus inline styles (GraphiQL, React and cytoscape set style attributes);
 * no inline script runs (the playground's settings are a JSON data block, which CSP does not
 * execute). Pages may be framed by this origin only (frame-ancestors, X-Frame-Options).
 *
 * What keeps the widget embeddable on other sites: no Cross-Origin-Resource-Policy by default
 * (the /widget.js route sets `cross-origin` itself), no Cross-Origin-Embedder/Opener-Policy, and
 * CORS (cors.ts) for its GraphQL calls. CSP and framing rules govern our own documents only; they
 * do not limit a page that includes our script.
 *
 * helmet's middleware is built once, here, and run in an onRequest hook: @fastify/helmet built it
 * again for every request (parsing the CSP directives each time), 18% of the CPU of a conditional
 * GET answered 304 in a profile under load. No route has helmet options of its own.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    crossOriginResourcePolicy: false,
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: false,
    frameguard: { action: "sameorigin" },
    // HSTS belongs to whoever terminates TLS (a proxy); this server may be reached over plain HTTP locally.
    strictTransportSecurity: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
  // helmet 8 throws a bad option at once (above) and calls `next` with no error afterwards.
  app.addHook("onRequest", (request, reply, done) => setHeaders(request.raw, reply.raw, () => done()));
}

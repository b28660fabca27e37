import type { ApolloServerOptions } from "@apollo/server";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { authenticate } from "../auth/authenticate";
import { CURATOR_ROLE } from "../auth/roles";
import { AppConfig, ConfigError } from "../config/config";
import type { Context } from "../graphql/context";
import { PersistedQueryNotInListError } from "../errors/api-errors";
import { sendRefusal } from "./refusal";

/** The operations trusted-documents mode lets run: the sha256 (hex) of each document's exact text, to that text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** The hash Apollo's automatic persisted queries use: sha256 of the exact text, in hex. */
export function documentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function trustedDocumentsOf(texts: readonly string[]): TrustedDocuments {
  return new Map(texts.map((text) => [documentHash(text), text]));
}

/** Apollo's persisted-query manifest (what `generate-persisted-query-manifest` writes and GraphOS reads). */
export interface PersistedQueryManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: { id: string; name: string; type: string; body: string }[];
}

const OPERATION = /^\s*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m;

export function persistedQueryManifest(documents: TrustedDocuments): PersistedQueryManifest {
  const operations = [...documents].map(([id, body]) => {
    const [, type = "query", name = ""] = OPERATION.exec(body) ?? [];
    return { id, name, type, body };
  });
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}

/**
 * Reads TRUSTED_DOCUMENTS_FILE: Apollo's persisted-query manifest, or a plain `{ "<sha256>": "<text>" }`
 * object. Each id must be the sha256 of its text (so a client's APQ hash finds it); any problem is one line.
 */
export function readManifestFile(path: string): TrustedDocuments {
  const expected = "a JSON persisted-query manifest whose ids are the sha256 of their texts";
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError("TRUSTED_DOCUMENTS_FILE", expected, `${path} (${(error as Error).message})`);
  }
  const manifest = parsed as Partial<PersistedQueryManifest> | null;
  const entries: [unknown, unknown][] =
    manifest?.format === "apollo-persisted-query-manifest" && Array.isArray(manifest.operations)
      ? manifest.operations.map((op) => [op?.id, op?.body])
      : typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
        ? Object.entries(parsed)
        : [];
  const wrong = entries.find(([id, text]) => typeof text !== "string" || id !== documentHash(text));
  if (entries.length === 0 || wrong) {
    const what = wrong ? `the id ${String(wrong[0])} is not its text's sha256` : "no operations";
    throw new ConfigError("TRUSTED_DOCUMENTS_FILE", expected, `${path}: ${what}`);
  }
  return new Map(entries as [string, string][]);
}

type PersistedQueryCache = NonNullable<Exclude<ApolloServerOptions<Context>["persistedQueries"], false>>["cache"];

/**
 * Apollo's APQ cache when trusted documents are on: the listed documents, found by their hash from
 * the first request (no register round trip). Nothing else is stored: an unlisted document is refused
 * before Apollo would register it, and a curator's own sends its text each time.
 */
export function trustedDocumentsCache(documents: TrustedDocuments): PersistedQueryCache {
  return {
    // Apollo prefixes its keys ("apq:<hash>").
    get: async (key: string) => documents.get(key.slice(key.lastIndexOf(":") + 1)),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/** What one GraphQL request names to run: its text (POST body or GET `query`) and its APQ hash, if sent. */
interface SentDocument {
  text: unknown;
  hash: unknown;
}

function apqHash(extensions: unknown): unknown {
  let parsed = extensions;
  if (typeof extensions === "string") {
    try {
      parsed = JSON.parse(extensions);
    } catch {
      return undefined;
    }
  }
  return (parsed as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
}

/** As Apollo reads them: a POST's body only (an array if batched), otherwise (GET, HEAD) the query string. */
function sentDocuments(request: FastifyRequest): SentDocument[] {
  const source = request.method === "POST" ? request.body : request.query;
  const requests = (Array.isArray(source) ? source : [source]) as ({ query?: unknown; extensions?: unknown } | null)[];
  return requests.map((r) => ({ text: r?.query, hash: apqHash(r?.extensions) }));
}

/** Listed: its exact text's sha256 is in the list or, sent by hash alone, the hash is (Apollo's cache then has it). */
function isListed(documents: TrustedDocuments, { text, hash }: SentDocument): boolean {
  if (typeof text === "string") return documents.has(documentHash(text));
  if (typeof hash === "string") return documents.has(hash);
  return true; // Nothing to run: Apollo refuses it with BAD_REQUEST.
}

/**
 * Trusted documents: a GraphQL request (POST, GET or APQ) whose document is not listed is refused
 * before Apollo parses, validates or runs it, with 400 PERSISTED_QUERY_NOT_IN_LIST in the GraphQL
 * error shape. Curators (a valid API key or JWT with the curator role) may send any document.
 */
export function registerTrustedDocuments(scope: FastifyInstance, documents: TrustedDocuments, auth: AppConfig["auth"]) {
  scope.addHook("preHandler", async (request, reply) => {
    if (request.method === "OPTIONS") return;
    if (sentDocuments(request).every((sent) => isListed(documents, sent))) return;
    const { viewer } = await authenticate({ authorization: request.headers.authorization, auth });
    if (viewer?.roles.includes(CURATOR_ROLE)) return;
    const error = new PersistedQueryNotInListError(
      "This server runs only its listed operations (trusted documents); this document is not in the list.",
    );
    return sendRefusal(reply, error);
  });
}

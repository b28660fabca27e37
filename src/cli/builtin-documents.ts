import * as explorer from "../assets/explorer/explorer-queries";
import * as widget from "../assets/widget/widget-query";
import type { AppConfig } from "../config/config";
import { playgroundExamples } from "../server/playground-examples";
import { readManifestFile, TrustedDocuments, trustedDocumentsOf } from "../server/trusted-documents";

/** Every `..._QUERY` text a page module exports: a query added to a page is listed without anyone copying it. */
function pageQueries(module: Record<string, unknown>): string[] {
  return Object.entries(module)
    .filter(([name, value]) => name.endsWith("_QUERY") && typeof value === "string")
    .map(([, text]) => text as string);
}

/**
 * TRUSTED_DOCUMENTS=builtin: the project's own operations, read from their sources at start-up (the
 * widget's query, the explorer's, the playground's saved examples), so the list cannot go stale.
 */
export function builtinDocuments(): TrustedDocuments {
  return trustedDocumentsOf([
    ...pageQueries(widget),
    ...pageQueries(explorer),
    ...playgroundExamples.map((example) => example.query),
  ]);
}

/** The documents createApp lets run under TRUSTED_DOCUMENTS (undefined when off: any document runs). */
export function loadTrustedDocuments(config: AppConfig): TrustedDocuments | undefined {
  const { mode, file } = config.trustedDocuments;
  if (mode === "builtin") return builtinDocuments();
  if (mode === "file") return readManifestFile(file!);
  return undefined;
}

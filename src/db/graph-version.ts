import type { Database, Tx } from "./database";

/**
 * Gives the graph a new version inside the caller's write transaction (curation writes, seed
 * loads), so the version commits or rolls back with the change it stands for.
 */
export async function bumpGraphVersion(tx: Tx): Promise<void> {
  await tx.run("graph/bump-version");
}

/**
 * Reads the graph version for HTTP validators. Requests that arrive while a read is in flight
 * share it: that read started before their own data reads, so the version they get is never
 * newer than the data they answer with, which is all an ETag needs (an older one only costs a 200).
 */
export class GraphVersionReader {
  private inFlight: Promise<string | null> | null = null;

  constructor(private readonly db: Database) {}

  read(): Promise<string | null> {
    this.inFlight ??= this.db
      .readRows<{ version: string }>("graph/version")
      .then(([row]) => row?.version ?? null)
      .finally(() => (this.inFlight = null));
    return this.inFlight;
  }
}

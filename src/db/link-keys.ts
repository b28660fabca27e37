import { RELATION_TYPES } from "../model";
import { cypher } from "./cypher-files";
import type { Database } from "./database";
import type { MigrationLease } from "./migration-lock";

/*
 * Link keys: every relationship between two entities carries copies of its ends' ids and names
 * (fromId, fromName, toId, toName), so that a relationship property index whose leading key is one
 * end's id lists that end's links in the other end's name order. A capped link list (the first
 * MAX_LINKS_PER_LIST neighbours by name, then id) then seeks its first rows instead of reading and
 * sorting every link of a hub (links/by-keys.cypher). Every write keeps them: seed/relate and
 * curation/link set them with the relationship, seed/merge-entities and curation/update-entity
 * copy a new name into the node's relationships, and migration 010 fills them in on a graph written
 * before. The GraphQL layer never shows them (relation records pick their fields).
 */

/** Entities whose outgoing relationships one backfill transaction rewrites. */
const BACKFILL_BATCH = 1_000;
/** A batch may hold a hub's tens of thousands of relationships: more than an interactive read's timeout. */
const BACKFILL_TIMEOUT_MS = 120_000;

/** Migration 010: the link keys of every relationship written before them, a batch of entities at a time. */
export async function backfillLinkKeys(db: Database, lease?: MigrationLease): Promise<void> {
  for (let after = ""; ;) {
    const [row] = await db.write(
      "migration.010-link-keys",
      (tx) => tx.rows<{ last: string | null }>("migrations/link-keys", { after, batch: BACKFILL_BATCH }),
      { timeoutMs: BACKFILL_TIMEOUT_MS },
    );
    if (!row?.last) return;
    after = row.last;
    await lease?.renew();
  }
}

/** The two ordered link indexes of a relationship type: outgoing links by the start's id, incoming by the end's. */
const LINK_INDEXES = [
  { template: "migrations/link-index-out", properties: ["fromId", "toName", "toId"] },
  { template: "migrations/link-index-in", properties: ["toId", "fromName", "fromId"] },
];

/**
 * Every relationship type of the model gets its two ordered link indexes, at every start, as every
 * kind gets its id constraint and name index (migrations.ts): a type added to the model needs no
 * migration. Only what is missing is created, matched by type and properties.
 */
export async function ensureLinkIndexes(db: Database, lease: MigrationLease): Promise<void> {
  const rows = await db.readRows<{ relationType: string; properties: string[] }>("migrations/link-indexes");
  const existing = new Set(rows.map((row) => `${row.relationType}(${row.properties.join(",")})`));
  for (const type of RELATION_TYPES) {
    for (const { template, properties } of LINK_INDEXES) {
      if (existing.has(`${type}(${properties.join(",")})`)) continue;
      await db.writeStatement("migrations.link-indexes", cypher(`${template}:${type}`));
      await lease.renew();
    }
  }
}

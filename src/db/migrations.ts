import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENTITY_KINDS, KIND_LABEL } from "../model";
import { projectRoot } from "../util/project-root";
import { cypher } from "./cypher-files";
import type { Database } from "./database";
import { MigrationLease, takeMigrationLease } from "./migration-lock";
import { backfillLinkKeys, ensureLinkIndexes } from "./link-keys";
import { rekeyEntityNames } from "./name-key-migration";

export interface Migration {
  version: number;
  name: string;
  /** Cypher statements (cypher/schema), each run in its own write transaction... */
  statements: string[];
  /** ...or a step Cypher cannot express (or a long one, in batches that renew the lease), run after them. */
  run?: (db: Database, lease: MigrationLease) => Promise<void>;
}

/** Migrations written in TypeScript, merged with cypher/schema's by version. */
const CODE_MIGRATIONS: Migration[] = [
  { version: 9, name: "009-normalised-name-keys", statements: [], run: rekeyEntityNames },
  { version: 10, name: "010-link-keys", statements: [], run: backfillLinkKeys },
];

/** Splits a .cypher file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** cypher/schema/NNN-name.cypher and the code migrations, in version order. */
export function loadMigrations(dir = join(projectRoot(), "cypher", "schema")): Migration[] {
  return [...cypherMigrations(dir), ...CODE_MIGRATIONS].sort((a, b) => a.version - b.version);
}

function cypherMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.cypher$/, ""),
      statements: splitStatements(readFileSync(join(dir, file), "utf8")),
    }));
}

/**
 * Applies the schema migrations an existing database has not seen yet, each statement in its own
 * write transaction (Neo4j does not mix schema and data changes), and records each version as a
 * (:SchemaMigration) node. Statements are written to be idempotent, so a crash between a
 * statement and its record is harmless. Runs under a lease in Neo4j (migration-lock.ts): replicas
 * starting together take turns, and the later ones find nothing left to apply. Returns the names
 * of the migrations applied.
 */
export async function applyMigrations(db: Database, onWait?: (line: string) => void): Promise<string[]> {
  const lease = await takeMigrationLease(db, onWait);
  try {
    return await applyPending(db, lease);
  } finally {
    await lease.release();
  }
}

async function applyPending(db: Database, lease: MigrationLease): Promise<string[]> {
  const applied = new Set(
    (
      await db.readStatement<{ version: number }>(
        "migrations.applied",
        "MATCH (m:SchemaMigration) RETURN m.version AS version",
      )
    ).map((row) => row.version),
  );
  const done: string[] = [];
  for (const migration of loadMigrations()) {
    if (applied.has(migration.version)) continue;
    for (const statement of migration.statements) {
      await db.writeStatement(`migration.${migration.name}`, statement);
      await lease.renew();
    }
    await migration.run?.(db, lease);
    await db.writeStatement(
      "migrations.record",
      "MERGE (m:SchemaMigration {version: $version}) SET m.name = $name, m.appliedAt = datetime()",
      {
        version: migration.version,
        name: migration.name,
      },
    );
    done.push(migration.name);
  }
  await ensureKindSchema(db, lease);
  await ensureLinkIndexes(db, lease);
  await db.writeStatement("migrations.await-indexes", "CALL db.awaitIndexes(300)");
  return done;
}

/**
 * Every kind of the model (src/model/kinds.ts) gets its id constraint and name index, at every
 * start: a kind added to the model needs no migration of its own. Only what is missing is created
 * (a user without schema privileges still starts when nothing is), matched by label and property,
 * so the five kinds' constraints and indexes, named by the numbered migrations, count.
 */
async function ensureKindSchema(db: Database, lease: MigrationLease): Promise<void> {
  const existing = async (text: string) =>
    new Set(
      (await db.readStatement<{ label: string; property: string }>("migrations.kind-schema.read", text)).map(
        (row) => `${row.label}.${row.property}`,
      ),
    );
  const unique = await existing(
    "SHOW CONSTRAINTS YIELD entityType, type, labelsOrTypes, properties " +
      "WHERE entityType = 'NODE' AND type CONTAINS 'UNIQUENESS' AND size(properties) = 1 " +
      "RETURN labelsOrTypes[0] AS label, properties[0] AS property",
  );
  const indexed = await existing(
    "SHOW INDEXES YIELD entityType, type, labelsOrTypes, properties " +
      "WHERE entityType = 'NODE' AND type = 'RANGE' AND size(properties) = 1 " +
      "RETURN labelsOrTypes[0] AS label, properties[0] AS property",
  );
  for (const kind of ENTITY_KINDS) {
    const label = KIND_LABEL[kind];
    const missing = [
      unique.has(`${label}.id`) ? null : "migrations/kind-id-unique",
      indexed.has(`${label}.name`) ? null : "migrations/kind-name-index",
    ];
    for (const template of missing) {
      if (!template) continue;
      await db.writeStatement("migrations.kind-schema", cypher(`${template}:${label}`));
      await lease.renew();
    }
  }
}

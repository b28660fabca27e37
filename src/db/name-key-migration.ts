import { nameKey } from "../util/name-key";
import type { Database } from "./database";

type NameRow = { id: string; name: string; nameKey: string | null };

/**
 * Migration 009: name keys compared by util/name-key.ts (NFKC, invisible characters, accents and
 * look-alike letters), which Cypher cannot compute, so this step is TypeScript. Entities whose
 * names now share a key keep them apart as migration 005 did (the first by id keeps the plain
 * key, the others get their id appended) and `npm run seed:check` lists them to fix. Keys that
 * change are first parked on a value no name key can be (it starts with U+FEFF, which keys drop), so two keys that trade places never
 * collide under the uniqueness constraint; all in one write transaction.
 */
export async function rekeyEntityNames(db: Database): Promise<void> {
  await db.write("migration.009-normalised-name-keys", async (tx) => {
    const rows = await tx.rows<NameRow>("migrations/entity-names");
    const taken = new Set<string>();
    const changed: { id: string; nameKey: string }[] = [];
    for (const row of rows) {
      const plain = nameKey(row.name);
      const key = taken.has(plain) ? `${plain} #${row.id}` : plain;
      taken.add(key);
      if (key !== row.nameKey) changed.push({ id: row.id, nameKey: key });
    }
    if (changed.length === 0) return;
    await tx.run("migrations/set-name-keys", { rows: changed.map(({ id }) => ({ id, nameKey: `\uFEFF${id}` })) });
    await tx.run("migrations/set-name-keys", { rows: changed });
  });
}

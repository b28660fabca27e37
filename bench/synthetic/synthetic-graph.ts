import type { SeedEntity, SeedGraph, SeedRelationship } from "../../src/seed";
import { Prng } from "../prng";

/**
 * A synthetic graph shaped like the real one, with a heavy-tailed degree distribution: copy 0 is
 * the real seed graph verbatim (so ids such as muscle-spasm keep working), copies 1..n-1 replicate
 * it with generated ids, and
 * - every link of a copy that points at a hub (HUBS: two causes and two contraindications that are
 *   already the most linked in the seed, like stress and pregnancy in the real graph) points at the
 *   hub of copy 0 instead, so those four gather thousands of links (their seed in-degree times the
 *   number of copies: about 5,000 at M and 50,000 at L);
 * - a share (`rewire`) of the other links points at the same node of an earlier copy, chosen with a
 *   bias to the oldest copies (copy x u^2 for uniform u), as in a graph that grows by preferential
 *   attachment; the rest stay inside their copy.
 * Replicas keep the labels, relationship types, allowed triples and the out-degree distribution
 * exactly. Because copies only point backwards, a smaller graph is a prefix of a bigger one: M is
 * loaded on top of S, L on M. Everything derives from the copy number and a seeded PRNG, so batches
 * are generated lazily (1M nodes never sit in memory).
 */
export const HUBS = {
  causes: ["stress", "genetic-predisposition"],
  contraindications: ["pregnancy", "fever"],
} as const;
const HUB_IDS: ReadonlySet<string> = new Set([...HUBS.causes, ...HUBS.contraindications]);

export interface SyntheticPlan {
  seed: SeedGraph;
  copies: number;
  prngSeed: number;
  /** Probability that a generated relationship (not to a hub) points into an earlier copy. */
  rewire: number;
}

export function planSynthetic({
  seed,
  targetNodes,
  prngSeed,
  rewire = 0.1,
}: {
  seed: SeedGraph;
  targetNodes: number;
  prngSeed: number;
  rewire?: number;
}): SyntheticPlan {
  return { seed, copies: Math.max(1, Math.round(targetNodes / seed.entities.length)), prngSeed, rewire };
}

export function plannedCounts(plan: SyntheticPlan, copies = plan.copies): { nodes: number; relationships: number } {
  return { nodes: plan.seed.entities.length * copies, relationships: plan.seed.relationships.length * copies };
}

/** The id of a seed entity in a copy; copy 0 keeps the real id. */
export function syntheticId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-g${copy}`;
}

function copyEntity(entity: SeedEntity, copy: number): SeedEntity {
  if (copy === 0) return entity;
  return { ...entity, id: syntheticId(entity.id, copy), name: `${entity.name} ${copy}` };
}

function* copyRelationships(plan: SyntheticPlan, copy: number): Generator<SeedRelationship> {
  if (copy === 0) return yield* plan.seed.relationships;
  // One PRNG per copy: the same copy comes out the same whatever the batch size.
  const prng = new Prng(plan.prngSeed + copy * 7919);
  for (const r of plan.seed.relationships) {
    const toCopy = HUB_IDS.has(r.to) ? 0 : prng.next() < plan.rewire ? Math.floor(copy * prng.next() ** 2) : copy;
    yield { ...r, from: syntheticId(r.from, copy), to: syntheticId(r.to, toCopy) };
  }
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Copies [fromCopy, plan.copies): what is missing when a graph of fromCopy copies is already loaded. */
export function entityBatches({
  plan,
  fromCopy,
  size,
}: {
  plan: SyntheticPlan;
  fromCopy: number;
  size: number;
}): Generator<SeedEntity[]> {
  return batches(
    (function* () {
      for (let copy = fromCopy; copy < plan.copies; copy++)
        for (const e of plan.seed.entities) yield copyEntity(e, copy);
    })(),
    size,
  );
}

export function relationshipBatches({
  plan,
  fromCopy,
  size,
}: {
  plan: SyntheticPlan;
  fromCopy: number;
  size: number;
}): Generator<SeedRelationship[]> {
  return batches(
    (function* () {
      for (let copy = fromCopy; copy < plan.copies; copy++) yield* copyRelationships(plan, copy);
    })(),
    size,
  );
}

/** Up to `count` copy numbers spread over a graph of `copies` copies (0, the real seed, first). */
export function sampleCopies(copies: number, count: number): number[] {
  const step = Math.max(1, Math.floor(copies / count));
  return Array.from({ length: Math.min(count, copies) }, (_, i) => i * step);
}

/** The id of a seed entity in a few copies, for rotating request arguments. */
export function sampleIds(id: string, copies: number, count: number): string[] {
  return sampleCopies(copies, count).map((copy) => syntheticId(id, copy));
}

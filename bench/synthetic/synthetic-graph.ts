import type { SeedEntity, SeedGraph, SeedRelationship } from "../../src/seed/seed-format";
import { Prng } from "../prng";

/**
 * A synthetic graph shaped like the real one: copy 0 is the real seed graph verbatim (so ids such
 * as muscle-spasm keep working), copies 1..n-1 replicate it with generated ids, and a share of each
 * copy's relationships is rewired to the same-kind node of a random EARLIER copy. Replicas keep the
 * labels, relationship types, allowed triples and the out-degree distribution exactly; rewiring
 * joins the copies into one connected graph (so paths cross it) and, like a growing graph, gives
 * older nodes (the real seed most) more incoming links as the graph grows. Because copies only
 * point backwards, a smaller graph is a prefix of a bigger one: M is loaded on top of S, L on M.
 * Everything derives from the copy number and a seeded PRNG, so batches are generated lazily
 * (1M nodes never sit in memory).
 */
export interface SyntheticPlan {
  seed: SeedGraph;
  copies: number;
  prngSeed: number;
  /** Probability that a generated relationship points into another copy. */
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
    const toCopy = prng.next() < plan.rewire ? prng.int(copy) : copy;
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

/**
 * What the soak sends: the reads people make (weighted as the widget and explorer make them), a
 * share of curation writes, and a sprinkle of the attacks the API must refuse (each expected to
 * come back QUERY_TOO_COMPLEX, never to cost more than a refusal).
 */
export interface SoakRequest {
  kind: "read" | "write" | "attack";
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const AILMENTS = [
  "muscle-spasm",
  "migraine",
  "hypertension",
  "tendinitis",
  "muscle-strain",
  "myofascial-trigger-points",
  "stress",
];
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];

const READS: ((i: number) => SoakRequest)[] = [
  () => ({
    kind: "read",
    name: "ailment nested",
    query: `query($id: ID!) { ailment(id: $id) { id name causes { cause { id name } relation { note } } therapies { therapy { id name } } } }`,
    variables: { id: pick(AILMENTS) },
  }),
  () => ({ kind: "read", name: "list", query: `{ ailments(first: 20) { totalCount edges { node { id name } } } }` }),
  () => ({
    kind: "read",
    name: "search",
    query: `query($t: String!) { search(text: $t, first: 10) { score entity { id name } } }`,
    variables: { t: pick(["cramp", "migrane", "stress", "neck pain", "charley horse"]) },
  }),
  () => ({
    kind: "read",
    name: "related",
    query: `query($id: ID!) { relatedAilments(id: $id) { score ailment { id } } }`,
    variables: { id: pick(AILMENTS.filter((a) => a !== "stress")) },
  }),
  () => ({
    kind: "read",
    name: "paths",
    query: `query($id: ID!) { causeTreatmentPaths(from: $id) { length explanation } }`,
    variables: { id: pick(AILMENTS) },
  }),
  () => ({
    kind: "read",
    name: "shortest",
    query: `{ shortestPath(from: "muscle-spasm", to: "relaxation-massage") { length } }`,
  }),
  () => ({
    kind: "read",
    name: "recommend",
    query: `query($a: [ID!]!) { recommendTherapies(ailments: $a, conditions: ["pregnancy"], first: 5) { items { therapy { id } score } excluded { therapy { id } } disclaimer } }`,
    variables: { a: [pick(AILMENTS), pick(AILMENTS)] },
  }),
  () => ({
    kind: "read",
    name: "neighbourhood",
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } truncated } }`,
    variables: { id: pick(AILMENTS) },
  }),
];

const relationsFanOut = (levels: number) => {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `relations { entity { ${inner} } }`;
  return `{ entity(id: "muscle-spasm") { ${inner} } }`;
};
const doubling = () =>
  `query { ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F30 on Query { graphStats { entities } }`;
const manyAliases = () =>
  `{ ${Array.from({ length: 300 }, (_, i) => `r${i}: recommendTherapies(ailments: ["muscle-spasm"]) { disclaimer }`).join(" ")} }`;

const ATTACKS: SoakRequest[] = [
  { kind: "attack", name: "fan-out 5 levels", query: relationsFanOut(5) },
  { kind: "attack", name: "doubling fragments", query: doubling() },
  { kind: "attack", name: "300 aliases", query: manyAliases() },
];

/** Soak entities: a few ids written over and over by many connections (contention on purpose). */
export const SOAK_IDS = Array.from({ length: 5 }, (_, i) => `zz-soak-${i}`);

function write(i: number): SoakRequest {
  const id = SOAK_IDS[i % SOAK_IDS.length];
  return {
    kind: "write",
    name: "upsert",
    query: `mutation($input: AilmentInput!) { upsertAilment(input: $input) { id } }`,
    variables: { input: { id, name: `Zz soak ${id}`, summary: `Written by the soak, round ${i}.` } },
  };
}

export function nextRequest(
  i: number,
  { writeRatio, attackRatio, canWrite }: { writeRatio: number; attackRatio: number; canWrite: boolean },
): SoakRequest {
  const roll = Math.random();
  if (roll < attackRatio) return pick(ATTACKS);
  if (canWrite && roll < attackRatio + writeRatio) return write(i);
  return pick(READS)(i);
}

import { graphql, GraphQLResponse } from "./test-server";

export const METRICS_TOKEN = "metrics-token-for-tests-0123456789";

/** A Prometheus sample from /metrics (summed over label sets that contain `labels`). */
export async function metric(url: string, name: string, labels = ""): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  return text
    .split("\n")
    .filter(
      (line) =>
        line.startsWith(name) && (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) && line.includes(labels),
    )
    .reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);
}

/** While `attack` runs, /healthz and an innocent query are asked too; both must answer well. */
export async function whileUnderAttack<T>(
  url: string,
  attack: () => Promise<T>,
): Promise<{ result: T; health: number; innocent: GraphQLResponse }> {
  const running = attack();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const [health, innocent] = await Promise.all([
    fetch(`${url}/healthz`).then((r) => r.status),
    graphql(
      url,
      `
        {
          entity(id: "muscle-spasm") {
            id
            name
          }
        }
      `,
    ),
  ]);
  return { result: await running, health, innocent };
}

export const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

/** `fragment F0 on Query { ...F1 ...F1 }` down to F{n}: a small document whose naive expansion is 2^n. */
export function doublingFragments(n: number, leaf: string, spread = (next: string) => `...${next} ...${next}`): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${spread(`F${i + 1}`)} }`);
  return `query { ...F0 } ${fragments.join(" ")} fragment F${n} on Query { ${leaf} }`;
}

/** `entity(id) { relations { entity { relations { ... } } } }`, `levels` deep. */
export function fanOut(levels: number, leaf = "id"): string {
  let inner = leaf;
  for (let i = 0; i < levels; i++) inner = `relations { entity { ${inner} } }`;
  return `{ entity(id: "muscle-spasm") { ${inner} } }`;
}

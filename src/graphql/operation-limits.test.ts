import { Kind, OperationDefinitionNode, parse } from "graphql";
import type { DegreeTable } from "../modules/graph";
import { OperationLimits } from "./operation-limits";
import { buildApiSchema } from "./schema";

const operationOf = (source: string) => {
  const document = parse(source);
  return {
    document,
    operation: document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode,
  };
};

const NESTED = operationOf(`query($id: ID!, $first: Int, $withCauses: Boolean!) {
  ailments(first: $first) { edges { node { id causes @include(if: $withCauses) { cause { therapies { therapy { id } } } } } } }
  ailment(id: $id) { name }
}`);

/** A graph where an ailment has at most 5 causes and a cause at most 5 therapies. */
const degrees: DegreeTable = new Map([
  ["CAUSED_BY:OUTGOING", { max: 5, p99: 4 }],
  ["TREATED_BY:OUTGOING", { max: 5, p99: 4 }],
  ["*:OUTGOING", { max: 40, p99: 30 }],
  ["*:BOTH", { max: 60, p99: 40 }],
]);
const cost = (version = 1, table: DegreeTable | "none" = degrees) => ({
  degrees: table === "none" ? undefined : table,
  version,
  maxLinksPerList: 100,
});

describe("OperationLimits", () => {
  const limitsOf = (maxComplexity: number) =>
    new OperationLimits(buildApiSchema(), { maxComplexity, maxLinksPerList: 100 });

  it("estimates an operation once for every id it is asked with", () => {
    const limits = limitsOf(10_000);
    for (const id of ["migraine", "muscle-spasm", "stress"])
      limits.check(NESTED.document, NESTED.operation, { id, first: 10, withCauses: true }, cost());
    expect(limits.estimations).toBe(1);
  });

  it("estimates again when a variable that changes the cost changes, and refuses the costly one", () => {
    // 5 ailments x 5 causes x 5 therapies stays under 1,000; 100 ailments do not.
    const limits = limitsOf(1_000);
    const check = (first: number, withCauses: boolean) => () =>
      limits.check(NESTED.document, NESTED.operation, { id: "stress", first, withCauses }, cost());
    expect(check(5, true)).not.toThrow();
    expect(check(100, false)).not.toThrow();
    expect(check(100, true)).toThrow(/estimated cost is \d+; the limit is 1000/);
    expect(check(100, true)).toThrow(/estimated cost/);
    expect(limits.estimations).toBe(3);
  });

  it("prices link lists by the graph's degrees, and again when they change", () => {
    const limits = limitsOf(1_000_000);
    const wide = limits.check(NESTED.document, NESTED.operation, { id: "x", first: 10, withCauses: true }, cost(1));
    const hub = new Map(degrees);
    hub.set("CAUSED_BY:OUTGOING", { max: 50, p99: 4 });
    const wider = limits.check(
      NESTED.document,
      NESTED.operation,
      { id: "x", first: 10, withCauses: true },
      cost(2, hub),
    );
    expect(wider).toBeGreaterThan(wide * 5);
    // Without statistics every list costs the per-list cap.
    expect(
      limits.check(NESTED.document, NESTED.operation, { id: "x", first: 10, withCauses: true }, cost(3, "none")),
    ).toBeGreaterThan(wider);
  });

  it("prices a traversal by its database work, not only by the items it returns", () => {
    const limits = limitsOf(1_000_000);
    const one = operationOf(`{ ailment(id: "a") { id } }`);
    const paths = operationOf(`{ causeTreatmentPaths(from: "a", maxHops: 6, first: 1) { length } }`);
    const recommend = operationOf(`{ recommendTherapies(ailments: ["a", "b", "c"], first: 1) { disclaimer } }`);
    const look = limits.check(one.document, one.operation, {}, cost());
    expect(limits.check(paths.document, paths.operation, {}, cost())).toBeGreaterThan(look * 40);
    expect(limits.check(recommend.document, recommend.operation, {}, cost())).toBeGreaterThan(look * 90);
  });

  it("prices search by the index hits it reads, and a neighbourhood by the hubs' degrees", () => {
    const limits = limitsOf(1_000_000_000);
    const priced = (source: string, table: DegreeTable) => {
      const { document, operation } = operationOf(source);
      return limits.check(document, operation, {}, { degrees: table, version: table.size, maxLinksPerList: 100 });
    };
    const graph = (entities: number, hub: number) =>
      new Map([
        ...degrees,
        ["*:ENTITIES", { max: entities, p99: entities }],
        ["CAUSED_BY:BOTH", { max: hub, p99: 10 }],
        ["TREATED_BY:BOTH", { max: 100, p99: 40 }],
        ["*:BOTH", { max: hub, p99: 50 }],
      ]);
    const small = graph(100, 60);
    const big = graph(100_000, 8_000);
    // Two index queries of up to 500 hits each: a graph of 100 entities gives at most 100 each.
    const search = `{ search(text: "pain", first: 1) { score } }`;
    expect(priced(search, big)).toBeGreaterThan(priced(search, small) * 4);
    // A hub of 8,000 links costs its degree; each further step reads the relationships of the kept nodes.
    const around = (depth: number, types = "") =>
      `{ neighbourhood(id: "stress", depth: ${depth}${types}) { nodes { id } } }`;
    expect(priced(around(1), big)).toBeGreaterThan(priced(around(1), small) * 2);
    expect(priced(around(3), big)).toBeGreaterThan(priced(around(1), big) * 2);
    expect(priced(around(3, ", relationTypes: [CAUSED_BY]"), big)).toBeLessThan(priced(around(3), big));
  });

  it("refuses missing variables as the client's error", () => {
    const { document, operation } = operationOf(`query($id: ID!) { ailment(id: $id) { name } }`);
    expect(() => limitsOf(10_000).check(document, operation, {}, cost())).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
  });

  it("stops estimating a document whose fragments spread each other twice, in bounded time", () => {
    const fragments = Array.from({ length: 31 }, (_, i) =>
      i < 30
        ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`
        : `fragment F30 on Query { graphStats { entities } }`,
    );
    const { document, operation } = operationOf(`query { ...F0 } ${fragments.join(" ")}`);
    const started = Date.now();
    expect(() => limitsOf(10_000).check(document, operation, {}, cost())).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX" }) }),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

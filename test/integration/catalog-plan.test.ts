import { cypher } from "../../src/db/cypher-files";
import type { Database } from "../../src/db/database";
import { connectTestDatabase } from "../support/test-database";

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [
  `${plan.operatorType} ${String(plan.arguments.Details ?? "")}`,
  ...plan.children.flatMap(operators),
];

describe("list pages read only their own kind's entries, in index order", () => {
  let db: Database;
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(() => db.close());

  it.each(["ailment", "cause", "therapy", "contraindication"])("catalog/page-%s seeks the kind's name index and stops early", async (kind) => {
    const plan = await db.read("test.explain", async (tx) => {
      const result = await tx.run(`EXPLAIN ${cypher(`catalog/page-${kind}`)}`, {
        afterName: "",
        afterId: "",
        limit: 20,
        nameContains: null,
        category: null,
        severity: null,
        scope: null,
      });
      return result.summary.plan as unknown as PlanNode;
    });
    const steps = operators(plan);
    // A range seek on that kind's name index (no scan of every entity), and a top-k that stops
    // after the page rather than sorting the whole kind.
    expect(steps.some((s) => s.startsWith("NodeIndexSeekByRange") && s.includes(`${kind[0].toUpperCase()}${kind.slice(1)}(name)`))).toBe(true);
    expect(steps.some((s) => /^(PartialTop|Top)/.test(s))).toBe(true);
    expect(steps.some((s) => /^(AllNodesScan|NodeByLabelScan)/.test(s))).toBe(false);
  });
});

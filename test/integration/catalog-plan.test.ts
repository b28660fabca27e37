import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { cypher } from "../../src/db";
import { ENTITY_KINDS, KINDS } from "../../src/model";
import type { KindDeclaration } from "../../src/model";

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [
  `${plan.operatorType} ${String(plan.arguments.Details ?? "")}`,
  ...plan.children.flatMap(operators),
];

/** The plan is driver detail the product's Database never hands out, so this test asks the driver itself. */
async function explain(driver: Driver, name: string, params: Record<string, unknown>): Promise<string[]> {
  const { neo4j: options } = loadConfig();
  const result = await driver.executeQuery(`EXPLAIN ${cypher(name)}`, params, {
    database: options.database,
    routing: neo4j.routing.READ,
  });
  return operators(result.summary.plan as unknown as PlanNode);
}

/** A range seek on the kind's name index (no scan of every entity), and a top-k that stops after the page. */
function expectNameSeekThatStopsEarly(steps: string[], label: string): void {
  const index = `${label}(name)`;
  expect(steps.some((s) => s.startsWith("NodeIndexSeekByRange") && s.includes(index))).toBe(true);
  expect(steps.some((s) => /^(PartialTop|Top)/.test(s))).toBe(true);
  expect(steps.some((s) => /^(AllNodesScan|NodeByLabelScan)/.test(s))).toBe(false);
}

/** The kinds with a list root field, which pages them on their name index. */
const INDEXED_LABELS = ENTITY_KINDS.filter((k) => (KINDS[k] as KindDeclaration).listField).map((k) => KINDS[k].label);

describe("list pages read only their own kind's entries, in index order", () => {
  let db: Driver;
  beforeAll(() => {
    const { neo4j: options } = loadConfig();
    db = neo4j.driver(options.uri!, options.password ? neo4j.auth.basic(options.user, options.password) : undefined);
  });
  afterAll(() => db.close());

  it.each(INDEXED_LABELS)("catalog/page filled with %s seeks the kind's name index and stops early", async (label) => {
    const steps = await explain(db, `catalog/page:${label}`, {
      afterName: "",
      afterId: "",
      limit: 20,
      nameContains: null,
      category: null,
      severity: null,
      scope: null,
    });
    // A range seek on that kind's name index (no scan of every entity), and a top-k that stops
    // after the page rather than sorting the whole kind.
    expectNameSeekThatStopsEarly(steps, label);
  });

  it.each(INDEXED_LABELS)(
    "catalog/page-backward filled with %s seeks the same index from the end and stops early",
    async (label) => {
      const steps = await explain(db, `catalog/page-backward:${label}`, {
        beforeName: "\uffff",
        beforeId: "\uffff",
        limit: 20,
        nameContains: null,
        category: null,
        severity: null,
        scope: null,
      });
      expectNameSeekThatStopsEarly(steps, label);
    },
  );

  it.each(INDEXED_LABELS)(
    "an unfiltered totalCount of %s comes from the count store, in the page's own statement",
    async (label) => {
      for (const name of ["page", "page-backward"]) {
        const steps = await explain(db, `catalog/${name}:${label}`, {
          ...{ afterName: "", afterId: "", beforeName: "\uffff", beforeId: "\uffff", limit: 20 },
          ...{ nameContains: null, category: null, severity: null, scope: null, nodeProps: ["kind"] },
        });
        expect(steps.filter((s) => s.startsWith("NodeCountFromCountStore") && s.includes(`:${label}`))).toHaveLength(1);
        expect(steps.some((s) => /Scan/.test(s))).toBe(false);
      }
    },
  );
});

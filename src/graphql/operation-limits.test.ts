import { OperationDefinitionNode, parse } from "graphql";
import { OperationLimits } from "./operation-limits";
import { buildApiSchema } from "./schema";

const operationOf = (source: string) => {
  const document = parse(source);
  return { document, operation: document.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode };
};

const NESTED = operationOf(`query($id: ID!, $first: Int, $withCauses: Boolean!) {
  ailments(first: $first) { edges { node { id causes @include(if: $withCauses) { cause { therapies { therapy { id } } } } } } }
  ailment(id: $id) { name }
}`);

describe("OperationLimits", () => {
  const limitsOf = (maxComplexity: number) => new OperationLimits(buildApiSchema(), { maxDepth: 12, maxComplexity });

  it("estimates an operation once for every id it is asked with", () => {
    const limits = limitsOf(10_000);
    for (const id of ["migraine", "muscle-spasm", "stress"]) limits.check(NESTED.document, NESTED.operation, { id, first: 10, withCauses: true });
    expect(limits.estimations).toBe(1);
  });

  it("estimates again when a variable that changes the cost changes, and refuses the costly one", () => {
    // 20 ailments x 5 causes x 5 therapies stays under 1,000; 100 ailments do not.
    const limits = limitsOf(1_000);
    const check = (first: number, withCauses: boolean) => () => limits.check(NESTED.document, NESTED.operation, { id: "stress", first, withCauses });
    expect(check(5, true)).not.toThrow();
    expect(check(100, false)).not.toThrow();
    expect(check(100, true)).toThrow(/estimated cost is \d+; the limit is 1000/);
    expect(check(100, true)).toThrow(/estimated cost/);
    expect(limits.estimations).toBe(3);
  });

  it("refuses missing variables as the client's error", () => {
    const { document, operation } = operationOf(`query($id: ID!) { ailment(id: $id) { name } }`);
    expect(() => limitsOf(10_000).check(document, operation, {})).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }));
  });

  it("refuses operations nested too deep, before estimating them", () => {
    const { document, operation } = operationOf(`{ ailment(id: "stress") { causes { cause { therapies { therapy { treats { entity { id } } } } } } } }`);
    const limits = new OperationLimits(buildApiSchema(), { maxDepth: 4, maxComplexity: 10_000 });
    expect(() => limits.check(document, operation, {})).toThrow(/nested 8 levels deep; the limit is 4/);
    expect(limits.estimations).toBe(0);
  });
});

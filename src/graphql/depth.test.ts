import { parse, OperationDefinitionNode } from "graphql";
import { operationDepth } from "./depth";

const depth = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode;
  return operationDepth(document, operation);
};

describe("operationDepth", () => {
  it("counts nested fields", () => {
    expect(depth("{ a }")).toBe(1);
    expect(depth("{ a { b { c } } d }")).toBe(3);
  });

  it("follows fragments and inline fragments", () => {
    expect(depth("query { a { ...F } } fragment F on T { b { ... on U { c } } }")).toBe(3);
  });

  it("ignores introspection fields and stops on fragment cycles", () => {
    expect(depth("{ __typename a }")).toBe(1);
    expect(depth("query { a { ...F } } fragment F on T { b { ...F } }")).toBe(2);
  });
});

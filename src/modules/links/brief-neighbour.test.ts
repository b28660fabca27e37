import { DocumentNode, FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from "graphql";
import { neighbourIsBrief } from "./brief-neighbour";

/** The nodes of link field `field` under the document's root field, and what the walk needs. */
function linkField(source: string | DocumentNode, field: string, variableValues: Record<string, unknown> = {}) {
  const document = typeof source === "string" ? parse(source) : source;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const root = operation.selectionSet.selections[0] as FieldNode;
  const nodes = root.selectionSet!.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === field,
  );
  return neighbourIsBrief(nodes, { fragments, variableValues });
}

describe("neighbourIsBrief: may a link list read its neighbours without their other properties?", () => {
  it("yes for id, name, kind, roles, __typename, their own link lists and relations", () => {
    expect(
      linkField(
        `{ ailment(id: "a") { causes { cause { id name } relation { note evidence sources { id } } } } }`,
        "causes",
      ),
    ).toBe(true);
    expect(
      linkField(
        `{ ailment(id: "a") { causes { __typename relation { type } cause { __typename kind roles therapies { therapy { summary } } relations { entity { id } } } } } }`,
        "causes",
      ),
    ).toBe(true);
  });

  it("no as soon as any other neighbour field is asked, however it is reached", () => {
    expect(linkField(`{ ailment(id: "a") { causes { cause { id summary } } } }`, "causes")).toBe(false);
    expect(
      linkField(`{ ailment(id: "a") { causes { cause { ...F } } } } fragment F on Cause { synonyms }`, "causes"),
    ).toBe(false);
    expect(
      linkField(
        `{ ailment(id: "a") { causes { ...L } } } fragment L on CauseLink { cause { ... on Entity { codes } } }`,
        "causes",
      ),
    ).toBe(false);
    expect(
      linkField(`{ therapy(id: "t") { contraindications { contraindication { id severity } } } }`, "contraindications"),
    ).toBe(false);
  });

  it("judges every node merged under one response key together", () => {
    expect(linkField(`{ ailment(id: "a") { causes { cause { id } } causes { cause { category } } } }`, "causes")).toBe(
      false,
    );
  });

  it("leaves out fields that @skip or @include drop, by each request's variables (the same parsed query)", () => {
    const query = parse(
      `query($full: Boolean!) { ailment(id: "a") { causes { cause { id summary @include(if: $full) } } } }`,
    );
    expect(linkField(query, "causes", { full: false })).toBe(true);
    expect(linkField(query, "causes", { full: true })).toBe(false);
    expect(linkField(query, "causes", { full: false })).toBe(true);
  });

  it("gives the same answer again for the same parsed query", () => {
    const query = parse(`{ ailment(id: "a") { causes { cause { id } } therapies { therapy { summary } } } }`);
    for (let i = 0; i < 2; i++) {
      expect(linkField(query, "causes")).toBe(true);
      expect(linkField(query, "therapies")).toBe(false);
    }
  });

  it("no for a field of the link it does not know to be the neighbour's or the link's own", () => {
    expect(linkField(`{ ailment(id: "a") { causes { unknownScalar } } }`, "causes")).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  execute,
  extendSchema,
  getNamedType,
  getNullableType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isLeafType,
  isListType,
  parse,
} from "graphql";
import { projectRoot } from "../../util/project-root";
import {
  ALL_LINK_FIELDS,
  LinkFields,
  selectedConnectionNodeFields,
  selectedLinkFields,
  selectedSubgraphFields,
} from "./link-selection";
import { plannedLinkReads } from "./look-ahead";

const schema = buildSchema(readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8"));

/** A value of `type` good enough for the executor to go on into the selection under it. */
function placeholder(type: GraphQLOutputType): unknown {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) return named.name.endsWith("Link") ? [{}] : [];
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isLeafType(named)) return named.name === "Boolean" ? false : named.name === "Int" ? 0 : "x";
  return {};
}

/**
 * The fields each link list of `query` would read, by path (`ailment.causes`), as the resolvers
 * judge them; the root look-up's plan is checked to hold the very same keys.
 */
function fieldsOf(query: string, variableValues: Record<string, unknown> = {}, on: GraphQLSchema = schema) {
  const found: Record<string, LinkFields> = {};
  const planned: string[] = [];
  const resolved: string[] = [];
  const result = execute({
    schema: on,
    document: parse(query),
    variableValues,
    fieldResolver: (_source, _args, _context, info) => {
      if (info.parentType.name === "Query") {
        planned.push(...plannedLinkReads(info).map((read) => JSON.stringify(read.fields)));
      } else if (getNamedType(info.returnType).name.endsWith("Link")) {
        const fields = selectedLinkFields(info);
        found[`${info.path.prev?.key}.${info.path.key}`] = fields;
        if (info.path.prev?.prev === undefined) resolved.push(JSON.stringify(fields));
      }
      return placeholder(info.returnType);
    },
    typeResolver: (_value, _context, info, type) =>
      info.schema.getPossibleTypes(type).some((t) => t.name === "Ailment") ? "Ailment" : undefined,
  });
  expect(result).toEqual({ data: expect.any(Object) });
  expect(new Set(planned)).toEqual(new Set(resolved));
  return found;
}

describe("selectedLinkFields: the stored properties a link list's selection needs", () => {
  it("reads only what the bench's nested question shows, the kind for the type, outcomes by the loader", () => {
    const found = fieldsOf(`{ ailment(id: "a") { id name
      causes { cause { id name } relation { note evidence } }
      therapies { therapy { id name __typename } relation { id type from to } }
    } }`);
    expect(found["ailment.causes"]).toEqual({ node: [], relation: ["evidence", "note"] });
    expect(found["ailment.therapies"]).toEqual({ node: [], relation: [] });
  });

  it("maps fields to their stored properties, across fragments and the types a neighbour may be", () => {
    const found = fieldsOf(`{ ailment(id: "a") {
      causes { cause { summary ... on Ailment { regions causes { id } } ...F } relation { sources { id } } }
      contraindicationStates { contraindication { adaptation { notes } } }
    } }
    fragment F on ContributingFactor { codes relations { id } }`);
    expect(found["ailment.causes"]).toEqual({ node: ["codes", "regions", "summary"], relation: ["sources"] });
    expect(found["ailment.contraindicationStates"].node).toEqual([
      "adaptationAvoid",
      "adaptationClearance",
      "adaptationMaxMinutes",
      "adaptationNotes",
      "adaptationPosition",
      "adaptationPressure",
    ]);
  });

  it("applies @skip and @include with each request's variables", () => {
    const query = `query($more: Boolean!) { ailment(id: "a") {
      causes { cause { id summary @include(if: $more) } relation { note @skip(if: $more) } }
    } }`;
    expect(fieldsOf(query, { more: false })["ailment.causes"]).toEqual({ node: [], relation: ["note"] });
    expect(fieldsOf(query, { more: true })["ailment.causes"]).toEqual({ node: ["summary"], relation: [] });
  });

  it("judges each response key alone, and lists nested deeper by their own selection", () => {
    const found = fieldsOf(`{ therapy(id: "t") {
      treats { entity { id } }
      again: treats { relation { stage } entity { ... on Ailment { causes { relation { group } } } } }
    } }`);
    expect(found["therapy.treats"]).toEqual({ node: [], relation: [] });
    expect(found["therapy.again"]).toEqual({ node: [], relation: ["stage"] });
    expect(found["entity.causes"]).toEqual({ node: [], relation: ["group"] });
  });

  it("reads every property for a selection it does not know (never a wrong answer)", () => {
    const grown = extendSchema(
      schema,
      parse(
        "extend type Relation { weight: Int } extend type Ailment { score: Int } extend type CauseLink { rank: Int }",
      ),
    );
    const list = (selection: string) =>
      fieldsOf(`{ ailment(id: "a") { causes { ${selection} } } }`, {}, grown)["ailment.causes"];
    expect(list("relation { note weight }")).toBe(ALL_LINK_FIELDS);
    expect(list("cause { ... on Ailment { score } }")).toBe(ALL_LINK_FIELDS);
    expect(list("rank")).toBe(ALL_LINK_FIELDS);
    expect(list("cause { name } relation { note }")).toEqual({ node: [], relation: ["note"] });
    // A locator counts only for a source the link cites, so selecting locators reads the sources too.
    expect(list("cause { id } relation { locators { locator } }")).toEqual({
      node: [],
      relation: ["locators", "sources"],
    });
    expect(ALL_LINK_FIELDS.node).toEqual(expect.arrayContaining(["kind", "summary", "adaptationNotes", "updatedBy"]));
    expect(ALL_LINK_FIELDS.relation).toEqual([
      ...["evidence", "group", "locators", "note", "outcome", "practiceOnly", "sources", "stage"],
    ]);
  });

  describe("a neighbourhood (Subgraph): its nodes and relationships read what they show", () => {
    /** The fields the root neighbourhood field of `query` would read, as its resolver judges them. */
    const subgraph = (selection: string, on: GraphQLSchema = schema, fragments = "") => {
      let fields: LinkFields | undefined;
      const result = execute({
        schema: on,
        document: parse(`{ neighbourhood(id: "a") { ${selection} } } ${fragments}`),
        fieldResolver: (_source, _args, _context, info) => {
          if (info.parentType.name === "Query") fields = selectedSubgraphFields(info);
          return placeholder(info.returnType);
        },
        typeResolver: () => "Ailment",
      });
      expect(result).toEqual({ data: expect.any(Object) });
      return fields;
    };

    it("reads nothing beyond ids, names, labels, types and ends for what the explorer draws", () => {
      expect(subgraph("id truncated nodes { id name kind } relationships { id type from to }")).toEqual({
        node: [],
        relation: [],
      });
    });

    it("reads the properties behind the selected fields, through fragments and on link fields' ids", () => {
      const found = subgraph(
        "nodes { ...N ... on Ailment { causes { cause { id } } } } relationships { evidence sources { id } }",
        schema,
        "fragment N on Entity { summary }",
      );
      expect(found).toEqual({ node: ["summary"], relation: ["evidence", "sources"] });
    });

    it("reads every property for a field it does not know", () => {
      const grown = extendSchema(schema, parse("extend type Subgraph { drawnAt: String }"));
      expect(subgraph("drawnAt nodes { id }", grown)).toBe(ALL_LINK_FIELDS);
      const grownRelation = extendSchema(schema, parse("extend type Relation { weight: Int }"));
      expect(subgraph("relationships { weight }", grownRelation)).toBe(ALL_LINK_FIELDS);
    });
  });

  describe("a list page (connection): its nodes read what they show", () => {
    /** The properties the root list field of `query` would read for its nodes, as its resolver judges them. */
    const page = (selection: string, on: GraphQLSchema = schema, fragments = "") => {
      let fields: readonly string[] | undefined;
      const result = execute({
        schema: on,
        document: parse(`{ ailments(first: 2) { ${selection} } } ${fragments}`),
        fieldResolver: (_source, _args, _context, info) => {
          if (info.parentType.name === "Query") fields = selectedConnectionNodeFields(info);
          return placeholder(info.returnType);
        },
      });
      expect(result).toEqual({ data: expect.any(Object) });
      return fields;
    };

    it("reads only what the nodes show; cursors, page info and the count read nothing stored", () => {
      expect(page("totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }")).toEqual([]);
      expect(page("edges { node { id name summary } }")).toEqual(["summary"]);
      expect(
        page("edges { node { ...A causes { cause { id } } } }", schema, "fragment A on Ailment { codes }"),
      ).toEqual(["codes"]);
    });

    it("reads every property for a field it does not know", () => {
      const grown = extendSchema(
        schema,
        parse("extend type Ailment { score: Int } extend type AilmentEdge { rank: Int }"),
      );
      expect(page("edges { node { score } }", grown)).toBe(ALL_LINK_FIELDS.node);
      expect(page("edges { rank node { id } }", grown)).toBe(ALL_LINK_FIELDS.node);
    });
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, DocumentNode, execute, parse } from "graphql";
import { projectRoot } from "../../util/project-root";
import { LINK_FIELDS, LinkSpec } from "./link-fields";
import { plannedLinks } from "./look-ahead";

// The emitted schema, so the plan is made from real resolve infos (types, fragments, variables).
const schema = buildSchema(readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8"));

/** The plan each root field of `query` would pass to the entity service, by response key. */
function plans(query: string | DocumentNode, variableValues: Record<string, unknown> = {}) {
  const found: Record<string, LinkSpec[]> = {};
  const result = execute({
    schema,
    document: typeof query === "string" ? parse(query) : query,
    variableValues,
    fieldResolver: (_source, _args, _context, info) => {
      if (info.parentType.name === "Query") found[info.path.key] = plannedLinks(info);
      return null;
    },
  });
  expect(result).toEqual({ data: expect.any(Object) });
  return found;
}

const { Ailment, Cause, Therapy } = LINK_FIELDS;

describe("plannedLinks: the link lists a root look-up reads with its entity", () => {
  it("plans the typed link lists selected directly under the root, each once", () => {
    const { ailment } = plans(`{ ailment(id: "a") {
      id name summary
      causes { cause { id } }
      again: causes { relation { note } }
      therapies { therapy { id } }
    } }`);
    expect(ailment).toEqual([Ailment.causes, Ailment.therapies]);
  });

  it("leaves out lists nested deeper, plain fields and relations (the loader reads those)", () => {
    const { therapy } = plans(`{ therapy(id: "t") {
      relations { entity { id } }
      treats { entity { ... on Ailment { causes { cause { id } } } } }
    } }`);
    expect(therapy).toEqual([Therapy.treats]);
    expect(plans(`{ cause(id: "c") { id name } }`).cause).toEqual([]);
  });

  it("follows named and inline fragments on any type the entity may be", () => {
    const { entity, cause } = plans(`{
      entity(id: "stress") { id ...AsCause ... on Therapy { contraindications { contraindication { id } } } }
      cause(id: "stress") { ... { therapies { therapy { id } } } }
    }
    fragment AsCause on Cause { ailments { ailment { id } } ...Deeper }
    fragment Deeper on Ailment { redFlags { redFlag { id } } }`);
    expect(entity).toEqual(
      expect.arrayContaining([Cause.ailments, Therapy.contraindications, LINK_FIELDS.Ailment.redFlags]),
    );
    expect(entity).toHaveLength(3);
    expect(cause).toEqual([Cause.therapies]);
  });

  it("applies @skip and @include with each request's variables, on the same parsed query", () => {
    const query = parse(`query($skip: Boolean!, $more: Boolean!) { ailment(id: "a") {
      causes @skip(if: $skip) { cause { id } }
      ... @include(if: $more) { redFlags { redFlag { id } } }
    } }`);
    expect(plans(query, { skip: false, more: false }).ailment).toEqual([Ailment.causes]);
    expect(plans(query, { skip: true, more: true }).ailment).toEqual([Ailment.redFlags]);
    expect(plans(query, { skip: true, more: false }).ailment).toEqual([]);
    expect(plans(query, { skip: false, more: true }).ailment).toEqual([Ailment.causes, Ailment.redFlags]);
  });

  it("follows a fragment spread many times once, as the executor does (doubling fragments stay linear)", () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Ailment { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ ailment(id: "a") { ...F0 } } ${fragments.join(" ")}
      fragment F${levels} on Ailment { causes { cause { id } } }`;
    const started = Date.now();
    expect(plans(query).ailment).toEqual([Ailment.causes]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

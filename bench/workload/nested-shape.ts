import { Prng } from "../prng";

/**
 * An entity with some of its link lists, as a shape both the GraphQL text and the bare server's
 * parameters are built from, so the two ask for exactly the same fields (the bare server answers
 * with the API's field names, aliases included).
 */
interface NestedList {
  /** The link field (causes, therapies, ailments) and the name of its neighbour in a link (cause, ...). */
  field: "causes" | "therapies" | "ailments";
  as: "cause" | "therapy" | "ailment";
  note: boolean;
  evidence: boolean;
}

export interface NestedShape {
  root: "ailment" | "cause";
  id: string;
  /** Response key of the root field when aliased. */
  alias: string | null;
  summary: boolean;
  lists: NestedList[];
  /** The id written into the text instead of passed as a variable: a new text per id. */
  inline: boolean;
}

const LISTS: Record<NestedShape["root"], Omit<NestedList, "note" | "evidence">[]> = {
  ailment: [
    { field: "causes", as: "cause" },
    { field: "therapies", as: "therapy" },
  ],
  cause: [
    { field: "ailments", as: "ailment" },
    { field: "therapies", as: "therapy" },
  ],
};

/** The fixed question: an entity with both its lists, note and evidence on every link. */
export function fullShape(root: NestedShape["root"], id: string): NestedShape {
  return {
    root,
    id,
    alias: null,
    summary: true,
    inline: false,
    lists: LISTS[root].map((l) => ({ ...l, note: true, evidence: true })),
  };
}

/** A varied question: the id written in, an alias or not, and a random subset of fields and lists. */
export function variedShape(root: NestedShape["root"], id: string, prng: Prng): NestedShape {
  const lists = LISTS[root].filter(() => prng.next() < 0.7);
  const chosen = lists.length > 0 ? lists : [LISTS[root][prng.int(2)]];
  return {
    root,
    id,
    alias: prng.next() < 0.5 ? `a${prng.int(1000)}` : null,
    summary: prng.next() < 0.5,
    inline: true,
    lists: chosen.map((l) => {
      const note = prng.next() < 0.6;
      return { ...l, note, evidence: !note || prng.next() < 0.5 };
    }),
  };
}

export function nestedQuery(shape: NestedShape): string {
  const lists = shape.lists
    .map(
      (l) => `${l.field} { ${l.as} { id name } relation {${l.note ? " note" : ""}${l.evidence ? " evidence" : ""} } }`,
    )
    .join(" ");
  const id = shape.inline ? JSON.stringify(shape.id) : "$id";
  const root = `${shape.alias ? `${shape.alias}: ` : ""}${shape.root}(id: ${id})`;
  return `query${shape.inline ? "" : "($id: ID!)"} { ${root} { id name${shape.summary ? " summary" : ""} ${lists} } }`;
}

export function nestedVariables(shape: NestedShape): Record<string, unknown> {
  return shape.inline ? {} : { id: shape.id };
}

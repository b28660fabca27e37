import { registerEnumType } from "type-graphql";

/** Which way a relationship must point, seen from the entity asking. */
export enum LinkDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
  BOTH = "BOTH",
}

registerEnumType(LinkDirection, {
  name: "LinkDirection",
  description: "OUTGOING: stored arrow leaves this entity; INCOMING: it points at this entity; BOTH: either.",
});

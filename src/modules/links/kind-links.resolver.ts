import type { GraphQLResolveInfo } from "graphql";
import { ClassType, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { linkListCost } from "./link-cost";
import { madeMethod, madeResolverClass } from "../shared";
import type { ContextWith } from "../shared";
import type { LinkService } from "./link.service";
import type { EntityRecord } from "../entity";
import { ENTITY_KINDS, KINDS } from "../../model";
import { Ailment, Cause, Contraindication, KIND_TYPES, RedFlag, Therapy } from "../entity";
import { helps, type LinkRecord } from "./link.record";
import { LINK_FIELDS, LinkSpec, MODEL_LINK_FIELDS } from "./link-fields";
import { selectedLinkFields } from "./link-selection";
import {
  AilmentLink,
  CauseLink,
  ContraindicationLink,
  EntityLink,
  KIND_LINK_TYPES,
  RedFlagLink,
  TherapyLink,
} from "./link.type";

/** The services these resolvers call. */
type LinksContext = ContextWith<{ links: LinkService }>;

/** How a typed link field shows in the schema, and which of its links it keeps. */
interface LinkFieldDoc {
  item: ClassType;
  description: string;
  keep?: (link: LinkRecord) => boolean;
}

/** The GraphQL types whose link fields are resolved here; Ailment and ContributingFactor inherit Cause's. */
const RESOLVED = { Ailment, Cause, Therapy, Contraindication, RedFlag } as const;
type Resolved = keyof typeof RESOLVED;

/**
 * The typed link fields of each type, in schema order. The keys must be LINK_FIELDS' own (the
 * compiler checks them), so the look-ahead, the cost estimate and these resolvers read one table.
 */
const LINK_FIELD_DOCS: { [T in Resolved]: Partial<Record<keyof (typeof LINK_FIELDS)[T], LinkFieldDoc>> } = {
  Ailment: {
    causes: { item: CauseLink, description: "What causes or worsens it (CAUSED_BY)." },
    preventedBy: {
      item: TherapyLink,
      description: "Therapies or habits that help prevent it (PREVENTED_BY).",
      keep: helps,
    },
    relatedAilments: {
      item: AilmentLink,
      description:
        "Ailments explicitly linked to it: RELATED_TO, DISTINCT_FROM (often confused) and LEADS_TO, either way. Root field relatedAilments ranks more.",
    },
    contraindicationStates: {
      item: ContraindicationLink,
      description: "States of the ailment that limit massage (PRESENTS_AS).",
    },
    notSupported: {
      item: TherapyLink,
      description:
        "Therapies studied for it without benefit (outcome NO_BENEFIT) or without a usable answer (INSUFFICIENT): shown as evidence, never as treatments.",
      keep: (link) => !helps(link),
    },
    redFlags: {
      item: RedFlagLink,
      description: "Signs that, with this ailment, need a medical assessment before any massage (HAS_RED_FLAG).",
    },
  },
  Cause: {
    ailments: {
      item: AilmentLink,
      description: "Ailments it causes or worsens (incoming CAUSED_BY); empty for an ailment that causes none.",
    },
    therapies: {
      item: TherapyLink,
      description:
        "Therapies that address it (TREATED_BY with a benefit; an ailment lists the others under notSupported).",
      keep: helps,
    },
  },
  Therapy: {
    treats: { item: EntityLink, description: "Ailments and causes it addresses (incoming TREATED_BY).", keep: helps },
    contraindications: {
      item: ContraindicationLink,
      description: "Conditions that rule it out or limit it (CONTRAINDICATED_BY).",
    },
  },
  Contraindication: {
    therapies: { item: TherapyLink, description: "Therapies it rules out or limits (incoming CONTRAINDICATED_BY)." },
    redFlags: {
      item: RedFlagLink,
      description:
        "Signs that, for a person in this state, need a medical assessment before any massage (HAS_RED_FLAG).",
    },
  },
  RedFlag: {
    ailments: { item: AilmentLink, description: "Ailments it is a red flag of (incoming HAS_RED_FLAG)." },
    states: {
      item: ContraindicationLink,
      description: "States of a person (conditions, treatments) it is a red flag of (incoming HAS_RED_FLAG).",
    },
    suggests: {
      item: EntityLink,
      description: "What the sign may point to (SUGGESTS): an ailment or a contraindication.",
    },
  },
};

/** A typed link field as the schema shows it: what it reads, its item type, its words, what it keeps. */
type LinkFieldEntry = [field: string, spec: LinkSpec, doc: LinkFieldDoc];

/**
 * One resolver class per type, its field resolvers made from the tables with TypeGraphQL's own
 * decorators, applied as the `@FieldResolver` / `@Root` / `@Ctx` / `@Info` syntax would.
 */
function linksResolver(name: string, type: abstract new () => object, entries: LinkFieldEntry[]): ClassType {
  const resolver = madeResolverClass(`${name}LinksResolver`);
  for (const [field, spec, { item, description, keep }] of entries) {
    const resolve = async ({ id }: EntityRecord, { services }: LinksContext, info: GraphQLResolveInfo) => {
      const links = await services.links.of(id, spec, selectedLinkFields(info));
      return keep ? links.filter(keep) : links;
    };
    const descriptor = madeMethod(resolver.prototype, field, resolve);
    Root()(resolver.prototype, field, 0);
    Ctx()(resolver.prototype, field, 1);
    Info()(resolver.prototype, field, 2);
    FieldResolver(() => [item], { complexity: linkListCost, description })(resolver.prototype, field, descriptor);
  }
  Resolver(() => type)(resolver);
  return resolver;
}

/** The hand-written link fields of the five kinds' types (LINK_FIELDS, described above). */
function writtenLinksResolver(typeName: Resolved): ClassType {
  const entries = Object.entries<LinkFieldDoc>(LINK_FIELD_DOCS[typeName]).map(([field, doc]): LinkFieldEntry => [
    field,
    (LINK_FIELDS[typeName] as Record<string, LinkSpec>)[field],
    doc,
  ]);
  return linksResolver(typeName, RESOLVED[typeName], entries);
}

/** The link fields the model's relationship types declare, on the types of the kinds they join. */
function modelLinksResolvers(): ClassType[] {
  const typeOf = new Map<string, ClassType>(ENTITY_KINDS.map((kind) => [KINDS[kind].typeName, KIND_TYPES[kind]]));
  return Object.entries(MODEL_LINK_FIELDS).map(([typeName, fields]) => {
    const entries = Object.entries(fields).map(([field, spec]): LinkFieldEntry => {
      const item = spec.neighbour ? KIND_LINK_TYPES[spec.neighbour] : EntityLink;
      return [field, spec, { item, description: spec.description }];
    });
    return linksResolver(`${typeName}Model`, typeOf.get(typeName) as ClassType, entries);
  });
}

export const KIND_LINKS_RESOLVERS = [
  ...(Object.keys(RESOLVED) as Resolved[]).map(writtenLinksResolver),
  ...modelLinksResolvers(),
];

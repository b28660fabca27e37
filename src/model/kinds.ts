/**
 * The entity kinds of the graph, each declared once with every spelling the project uses for it:
 * the GraphQL enum value (the key), the Neo4j label (also the `kind` property), the GraphQL object
 * type, the seed file and the seed's own key. The GraphQL enum, the kind labels, the seed format,
 * its loader and export, curation, the catalog and the per-label Cypher templates all read this table.
 */
export interface KindDeclaration {
  /** Neo4j label of the kind (every entity node also carries `Entity`); the `kind` property of its primary kind. */
  readonly label: string;
  /** GraphQL object type of an entity whose primary kind this is (it may implement an interface of the same name). */
  readonly typeName: string;
  /** The seed file that holds the entities of this primary kind. */
  readonly seedFile: string;
  /** The file was added after the first seed format: a folder without it still loads, as if it were empty. */
  readonly optionalSeedFile?: boolean;
  /** The seed fields this kind adds to the common ones (id, name, synonyms, summary, category, alsoActsAs, codes). */
  readonly seedFields: readonly string[];
  /** It has a list root field (`ailments`...), paged by name on the kind's name index (catalog/page.cypher). */
  readonly listField?: boolean;
  /**
   * What the kind is, in the API's words. A kind with its own GraphQL classes (the five below, in
   * src/modules/entity) says it there; for any other kind the API makes its type, link type, lookup
   * field and upsert mutation from this table, with this as their description.
   */
  readonly description?: string;
}

export const KINDS = {
  /** Ailments add where the complaint is and whether it is a mechanism (a theory node, not a complaint). */
  AILMENT: {
    label: "Ailment",
    typeName: "Ailment",
    seedFile: "ailments.yaml",
    seedFields: ["regions", "mechanism"],
    listField: true,
  },
  /** Pure causes are ContributingFactor; a node that is also an ailment stays an Ailment (entityTypeName). */
  CAUSE: { label: "Cause", typeName: "ContributingFactor", seedFile: "causes.yaml", seedFields: [], listField: true },
  /** Therapies add what the technique is: its defining pressure, the regions it works on, a thermal agent. */
  THERAPY: {
    label: "Therapy",
    typeName: "Therapy",
    seedFile: "therapies.yaml",
    seedFields: ["pressure", "regions", "thermal"],
    listField: true,
  },
  CONTRAINDICATION: {
    label: "Contraindication",
    typeName: "Contraindication",
    seedFile: "contraindications.yaml",
    seedFields: ["severity", "scope", "stage", "question", "adaptation", "restricts"],
    listField: true,
  },
  /** A sign that needs a medical assessment before any massage. */
  RED_FLAG: {
    label: "RedFlag",
    typeName: "RedFlag",
    seedFile: "red-flags.yaml",
    optionalSeedFile: true,
    seedFields: ["urgency", "action"],
  },
} as const satisfies Record<string, KindDeclaration>;

/** An entity kind: AILMENT, CAUSE, THERAPY, CONTRAINDICATION, RED_FLAG (or one added by extendModel). */
export type EntityKind = keyof typeof KINDS;

/** Every kind, in declaration order (the order of the GraphQL enum and of the seed files). */
export const ENTITY_KINDS = Object.keys(KINDS) as EntityKind[];

/** Neo4j label of each kind. */
export const KIND_LABEL = Object.fromEntries(ENTITY_KINDS.map((k) => [k, KINDS[k].label])) as {
  readonly [K in EntityKind]: (typeof KINDS)[K]["label"];
};

export const LABEL_KIND = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [KINDS[k].label, k]));

/** The kind whose label this is, if any. */
export function kindOfLabel(label: string): EntityKind | undefined {
  return LABEL_KIND.get(label);
}

/** "redFlag" for RED_FLAG: the seed's spelling (alsoActsAs values, and seed-format's SeedKind). */
export function seedKey(kind: EntityKind): string {
  const label = KINDS[kind].label;
  return label[0].toLowerCase() + label.slice(1);
}

import { extendModel } from "../../src/model";

/**
 * The throwaway kind of the fixture-kind test tier, registered before any module reads the model
 * (jest `setupFiles`), as a plug-in would: one kind and one relationship type, nothing else. The
 * test proves the API gives them seed files, a GraphQL type, a lookup field, link fields on both
 * ends and an upsert mutation without a line written for them elsewhere.
 */
extendModel({
  kinds: {
    SPECIMEN: {
      label: "Specimen",
      typeName: "Specimen",
      seedFile: "specimens.yaml",
      optionalSeedFile: true,
      seedFields: [],
      description: "A throwaway kind the test suite adds to the model.",
    },
  },
  relations: {
    HAS_SPECIMEN: {
      from: ["AILMENT"],
      to: ["SPECIMEN"],
      forward: "has the specimen",
      backward: "is a specimen of",
      fields: {
        from: { name: "specimens", description: "Its specimens (HAS_SPECIMEN)." },
        to: { name: "ailments", description: "Ailments it is a specimen of (incoming HAS_SPECIMEN)." },
      },
    },
  },
});

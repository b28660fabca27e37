import { registerEnumType } from "type-graphql";

export enum ContraindicationSeverity {
  /** Do not massage (GENERAL) or do not massage the area (LOCAL). */
  ABSOLUTE = "ABSOLUTE",
  /** Massage may go ahead with changes or a physician's approval. */
  PRECAUTION = "PRECAUTION",
}

export enum ContraindicationScope {
  GENERAL = "GENERAL",
  LOCAL = "LOCAL",
}

export enum Stage {
  ACUTE = "ACUTE",
  SUBACUTE = "SUBACUTE",
  CHRONIC = "CHRONIC",
  ANY = "ANY",
}

registerEnumType(ContraindicationSeverity, { name: "ContraindicationSeverity" });
registerEnumType(ContraindicationScope, {
  name: "ContraindicationScope",
  description: "GENERAL: the whole body; LOCAL: the affected area only.",
});
registerEnumType(Stage, { name: "Stage", description: "The stage of a condition a fact applies to." });

/** How much pressure a precaution allows (stored in lowercase, as the seed writes it). */
export enum Pressure {
  LIGHT = "LIGHT",
  MODERATE = "MODERATE",
  USUAL = "USUAL",
}

registerEnumType(Pressure, {
  name: "Pressure",
  description: "The pressure a precaution allows: LIGHT, MODERATE or USUAL.",
});

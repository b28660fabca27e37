/** The one operation the widget runs; its fields are what the widget shows. */
export const RECOMMEND_QUERY = `query TherapyRecommendationsWidget($ailments: [ID!]!, $conditions: [ID!], $first: Int,
  $confirmedStates: [ID!], $ruledOutStates: [ID!], $stages: [AilmentStageInput!], $sites: [SiteInput!]) {
  recommendTherapies(ailments: $ailments, conditions: $conditions, first: $first,
    confirmedStates: $confirmedStates, ruledOutStates: $ruledOutStates, stages: $stages, sites: $sites) {
    redFlags { redFlag { id name urgency action } ailments { name } }
    questions { id kind intake text effect stages regions state { id } about { id name } }
    items { ...Item }
    conditional { ...Item dependsOn }
    excluded { therapy { id name } because { id name } reasons }
    notSupported { therapy { id name } about { name } outcome relation { note evidence } }
    appliedConditions { id name }
    disclaimer
  }
}
fragment Item on TherapyRecommendation {
  therapy { id name } score addresses { name } why { explanation relationships { evidence } } precautionNotes
}`;

export interface Item {
  therapy: { id: string; name: string };
  score: number;
  addresses: { name: string }[];
  why: { explanation: string; relationships: { evidence: string | null }[] }[];
  precautionNotes: string[];
  dependsOn?: string[];
}

/** `intake`: a screening question asked of everyone; `regions`: a SITE question's choices. */
export interface Question {
  id: string;
  kind: "STATE" | "STAGE" | "SITE";
  intake: boolean;
  regions: string[];
  text: string;
  effect: string;
  stages: string[];
  state: { id: string } | null;
  about: { id: string; name: string }[];
}

export interface Result {
  redFlags: { redFlag: { id: string; name: string; urgency: string; action: string }; ailments: { name: string }[] }[];
  questions: Question[];
  items: Item[];
  conditional: Item[];
  excluded: { therapy: { id: string; name: string }; because: { id: string; name: string }[]; reasons: string[] }[];
  notSupported: {
    therapy: { id: string; name: string };
    about: { name: string };
    outcome: string;
    relation: { note: string | null; evidence: string | null };
  }[];
  appliedConditions: { id: string; name: string }[];
  disclaimer: string;
}

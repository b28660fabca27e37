/** The one operation the widget runs; its fields are what the widget shows. */
export const RECOMMEND_QUERY = `query TherapyRecommendationsWidget($ailments: [ID!]!, $conditions: [ID!], $first: Int) {
  recommendTherapies(ailments: $ailments, conditions: $conditions, first: $first) {
    items { therapy { id name } score addresses { name } why { explanation } precautions { id name severity scope adaptation { pressure position avoid maxMinutes clearance notes } } precautionNotes }
    excluded { therapy { id name } because { id name } reasons }
    appliedConditions { id name }
    disclaimer
  }
}`;

export interface WidgetData {
  recommendTherapies: {
    items: {
      therapy: { id: string; name: string };
      score: number;
      addresses: { name: string }[];
      why: { explanation: string }[];
      precautions: { id: string; name: string; severity: string; scope: string; adaptation: Adaptation | null }[];
      precautionNotes: string[];
    }[];
    excluded: { therapy: { id: string; name: string }; because: { id: string; name: string }[]; reasons: string[] }[];
    appliedConditions: { id: string; name: string }[];
    disclaimer: string;
  };
}

/** How a precaution adapts a session (null fields are not said). */
export interface Adaptation {
  pressure: string | null;
  position: string | null;
  avoid: string[];
  maxMinutes: number | null;
  clearance: boolean | null;
  notes: string | null;
}

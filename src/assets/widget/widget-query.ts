/** The one operation the widget runs; its fields are what the widget shows. */
export const RECOMMEND_QUERY = `query TherapyRecommendationsWidget($ailments: [ID!]!, $conditions: [ID!], $first: Int) {
  recommendTherapies(ailments: $ailments, conditions: $conditions, first: $first) {
    items { therapy { id name } score addresses { name } why { explanation } precautions { id name severity scope } precautionNotes }
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
      precautions: { id: string; name: string; severity: string; scope: string }[];
      precautionNotes: string[];
    }[];
    excluded: { therapy: { id: string; name: string }; because: { id: string; name: string }[]; reasons: string[] }[];
    appliedConditions: { id: string; name: string }[];
    disclaimer: string;
  };
}

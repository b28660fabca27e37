/** Question ids: stable, readable, and what dependsOn lists point at. */
export const stateQuestionId = (stateId: string) => `state:${stateId}`;
export const stageQuestionId = (ailmentId: string) => `stage:${ailmentId}`;
export const siteQuestionId = (entityId: string) => `site:${entityId}`;

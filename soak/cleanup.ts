import { SOAK_IDS } from "./mix";

/** A GraphQL document the soak sends to delete one of its entities; `{ id }` is selected, as DeletedEntity needs. */
const DELETE_SOAK_ENTITY = `mutation DeleteSoakEntity($id: ID!) { deleteEntity(id: $id) { id } }`;

export interface CleanUpResult {
  /** Ids deleted now. */
  deleted: string[];
  /** Ids the run never wrote (NOT_FOUND): nothing to delete. */
  absent: string[];
  /** Ids that could not be deleted, with the answer's code or error. */
  failed: { id: string; problem: string }[];
}

/**
 * Deletes every entity the soak's writes create (SOAK_IDS), and says what happened to each, so a
 * soak that leaves data behind fails instead of passing quietly.
 */
export async function cleanUpSoakData(url: string, apiKey: string): Promise<CleanUpResult> {
  const result: CleanUpResult = { deleted: [], absent: [], failed: [] };
  for (const id of SOAK_IDS) {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: DELETE_SOAK_ENTITY, variables: { id } }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as {
        data?: { deleteEntity?: { id: string } | null } | null;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      const code = body.errors?.[0]?.extensions?.code;
      if (body.data?.deleteEntity?.id === id) result.deleted.push(id);
      else if (code === "NOT_FOUND") result.absent.push(id);
      else result.failed.push({ id, problem: code ?? `HTTP ${response.status}` });
    } catch (error) {
      result.failed.push({ id, problem: (error as Error).message });
    }
  }
  return result;
}

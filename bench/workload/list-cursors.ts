/**
 * The API's cursors for the list pages the bench asks (offsets 0, 20 and 40), read from the API
 * itself: its keyset cursors then name the same pages as the peer's offsets, so answers compare.
 */
export async function listCursors(apiUrl: string): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  for (let page = 0; page < 2; page++) {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query($after: String) { ailments(first: 20, after: $after) { pageInfo { endCursor } } }",
        variables: { after: cursors.at(-1) },
      }),
    });
    const body = (await response.json()) as { data?: { ailments: { pageInfo: { endCursor: string | null } } } };
    const cursor = body.data?.ailments.pageInfo.endCursor;
    if (!cursor)
      throw new Error(`The API gave no cursor for list page ${page + 1}: ${JSON.stringify(body).slice(0, 300)}`);
    cursors.push(cursor);
  }
  return cursors;
}

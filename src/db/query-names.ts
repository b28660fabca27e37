/**
 * Names of the queries a request reads, built from the model's relationship types (never client text):
 * the one helper callers outside src/db need about query texts, apart from cypher-files.ts, which
 * renders them (and checks every name this gives).
 */

/** At most this many types make a query of their own; more read through the block written for all. */
const MAX_OWN_TYPES = 2;

/**
 * The name of `file` (a query with a `{{each type}}` block) written out for `types` only, so a
 * request reads only the relationship types it asks for: "<file>:<TYPE>,<TYPE>" (sorted). One or two
 * types have texts of their own (with n types in the model, at most n + n(n-1)/2 texts a file, each
 * planned once by Neo4j, whatever clients ask); none or more than two, the text for every type, whose
 * branches the parameters switch off. Every type must be one the model declares.
 */
export function forTypes(file: string, types: Iterable<string>): string {
  const own = [...new Set(types)].sort();
  return own.length === 0 || own.length > MAX_OWN_TYPES ? file : `${file}:${own.join(",")}`;
}

/**
 * The name of `query` (a file, or a `forTypes` name) for a request of `depth` steps: its sections
 * marked `// {{from depth N}}` with N greater than `depth` are left out of the text, so a depth-1
 * request does not carry (to be packed, sent and hashed by Neo4j) the text of distances it never
 * reads. The API's depths are 1 to 3: at most three texts a name.
 */
export function forDepth(query: string, depth: number): string {
  const [file, ...types] = query.split(":");
  return [`${file}@${depth}`, ...types].join(":");
}

/** A relationship as people read it in messages and seed problems: `muscle-spasm -CAUSED_BY-> stress`. */
export function relationshipKey(r: { from: string; type: string; to: string }): string {
  return `${r.from} -${r.type}-> ${r.to}`;
}

/**
 * How much of the graph rests on one textbook alone (issue 27: a reader cannot check a claim whose
 * only source is a book without a page; the share of such links must fall below 25%). A link counts
 * when it cites exactly one source and that source is a textbook. Printed by `npm run seed:stats`, the
 * overall share in the README block too.
 */

interface RelianceGraph {
  sources: ReadonlyArray<{ id: string; type?: string }>;
  relationships: ReadonlyArray<{ type: string; sources: readonly string[] }>;
}

export interface Share {
  single: number;
  total: number;
}

export interface TextbookReliance {
  overall: Share;
  /** By relationship type, most textbook-only links first. */
  byType: Record<string, Share>;
  /** How many textbook-only links each textbook carries, most first. */
  byTextbook: Record<string, number>;
}

export function textbookReliance(graph: RelianceGraph): TextbookReliance {
  const textbooks = new Set(graph.sources.filter((s) => s.type === "textbook").map((s) => s.id));
  const overall: Share = { single: 0, total: 0 };
  const byType: Record<string, Share> = {};
  const byTextbook: Record<string, number> = {};
  for (const rel of graph.relationships) {
    const only = rel.sources.length === 1 && textbooks.has(rel.sources[0]) ? rel.sources[0] : undefined;
    const share = (byType[rel.type] ??= { single: 0, total: 0 });
    for (const s of [overall, share]) {
      s.total += 1;
      if (only) s.single += 1;
    }
    if (only) byTextbook[only] = (byTextbook[only] ?? 0) + 1;
  }
  return {
    overall,
    byType: Object.fromEntries(
      Object.entries(byType).sort(([a, x], [b, y]) => y.single - x.single || (a < b ? -1 : 1)),
    ),
    byTextbook: Object.fromEntries(Object.entries(byTextbook).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))),
  };
}

/** A percentage with one decimal ("0.0%" for an empty set). */
export function percent({ single, total }: Share): string {
  return `${total === 0 ? "0.0" : ((100 * single) / total).toFixed(1)}%`;
}

/** Plain lines for the terminal, by type and by book (the README block gives the overall share). */
export function renderTextbookReliance(reliance: TextbookReliance): string {
  const line = (name: string, s: Share) => `  ${name}: ${s.single} of ${s.total} (${percent(s)})`;
  return [
    `Links whose only source is one textbook: ${reliance.overall.single} of ${reliance.overall.total} ` +
      `(${percent(reliance.overall)}; issue 27 wants below 25%).`,
    "By relationship type:",
    ...Object.entries(reliance.byType).map(([type, s]) => line(type, s)),
    "By textbook: " +
      (Object.entries(reliance.byTextbook)
        .map(([id, n]) => `${id} ${n}`)
        .join(", ") || "none") +
      ".",
  ].join("\n");
}

/** A line chart of latency against graph size as a standalone SVG (no library, no network). */
export interface Series {
  label: string;
  /** [nodes, ms] points, ascending by nodes. */
  p50: [number, number][];
  p95: [number, number][];
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"];
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(value, 1e-9)));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((m) => m >= value) ?? 10 * magnitude;
}

export function latencyChartSvg({
  title,
  series,
  thresholds: allThresholds,
}: {
  title: string;
  series: Series[];
  thresholds: { ms: number; label: string }[];
}): string {
  // A target line far above every point would squash the data into the bottom of the chart.
  const highest = Math.max(1, ...series.flatMap((s) => s.p95.map(([, ms]) => ms)));
  const thresholds = allThresholds.filter((t) => t.ms <= highest * 3);
  const width = 760;
  const height = 420;
  const margin = { left: 60, right: 200, top: 40, bottom: 50 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const xs = series.flatMap((s) => s.p95.map(([n]) => n));
  const ys = [...series.flatMap((s) => [...s.p50, ...s.p95].map(([, ms]) => ms)), ...thresholds.map((t) => t.ms)];
  const xMin = Math.log10(Math.min(...xs, 10_000) / 2);
  const xMax = Math.log10(Math.max(...xs, 1_000_000) * 2);
  const yMax = niceMax(Math.max(...ys, 1) * 1.1);
  const x = (nodes: number) => margin.left + ((Math.log10(nodes) - xMin) / (xMax - xMin)) * plotW;
  const y = (ms: number) => margin.top + plotH - (ms / yMax) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  parts.push(`<rect width="100%" height="100%" fill="white"/>`);
  parts.push(
    `<text x="${width / 2 - margin.right / 2}" y="22" text-anchor="middle" font-size="15">${escape(title)}</text>`,
  );
  for (let i = 0; i <= 5; i++) {
    const ms = (yMax / 5) * i;
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y(ms)}" y2="${y(ms)}" stroke="#eee"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${y(ms) + 4}" text-anchor="end">${+ms.toFixed(1)}</text>`);
  }
  for (const nodes of [10_000, 100_000, 1_000_000]) {
    parts.push(`<line x1="${x(nodes)}" x2="${x(nodes)}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#eee"/>`);
    parts.push(
      `<text x="${x(nodes)}" y="${margin.top + plotH + 18}" text-anchor="middle">${nodes >= 1e6 ? `${nodes / 1e6}M` : `${nodes / 1e3}k`} nodes</text>`,
    );
  }
  parts.push(
    `<text x="16" y="${margin.top + plotH / 2}" transform="rotate(-90 16 ${margin.top + plotH / 2})" text-anchor="middle">latency (ms)</text>`,
  );
  parts.push(
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">graph size (log scale)</text>`,
  );
  parts.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
  );
  for (const t of thresholds) {
    parts.push(
      `<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y(t.ms)}" y2="${y(t.ms)}" stroke="#888" stroke-dasharray="2 4"/>`,
    );
    parts.push(
      `<text x="${margin.left + plotW - 4}" y="${y(t.ms) - 4}" text-anchor="end" fill="#666">${escape(t.label)}</text>`,
    );
  }
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const line = (points: [number, number][], dash: string) =>
      points.length > 1
        ? `<polyline fill="none" stroke="${color}" stroke-width="2" ${dash} points="${points.map(([n, ms]) => `${x(n).toFixed(1)},${y(ms).toFixed(1)}`).join(" ")}"/>`
        : "";
    parts.push(line(s.p95, ""), line(s.p50, `stroke-dasharray="5 4"`));
    for (const [n, ms] of s.p95)
      parts.push(`<circle cx="${x(n).toFixed(1)}" cy="${y(ms).toFixed(1)}" r="3.5" fill="${color}"/>`);
    for (const [n, ms] of s.p50)
      parts.push(`<circle cx="${x(n).toFixed(1)}" cy="${y(ms).toFixed(1)}" r="3" fill="white" stroke="${color}"/>`);
    const ly = margin.top + 10 + i * 20;
    parts.push(
      `<line x1="${width - margin.right + 15}" x2="${width - margin.right + 40}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${width - margin.right + 46}" y="${ly + 4}">${escape(s.label)}</text>`);
  });
  const ly = margin.top + 20 + series.length * 20;
  parts.push(`<text x="${width - margin.right + 15}" y="${ly}" fill="#444">solid/filled: p95</text>`);
  parts.push(`<text x="${width - margin.right + 15}" y="${ly + 16}" fill="#444">dashed/open: p50</text>`);
  parts.push(`</svg>`);
  return parts.filter(Boolean).join("\n") + "\n";
}

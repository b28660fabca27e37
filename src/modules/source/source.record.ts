export interface SourceRecord {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  year: number | null;
}

export function toSourceRecord(row: Record<string, unknown>): SourceRecord {
  return {
    id: String(row.id),
    title: String(row.title),
    url: (row.url as string | undefined) ?? null,
    publisher: (row.publisher as string | undefined) ?? null,
    year: (row.year as number | undefined) ?? null,
  };
}

export interface SourceRecord {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  year: number | null;
  type: string | null;
  authors: string | null;
  doi: string | null;
  pmid: string | null;
  isbn: string | null;
  edition: string | null;
  chapter: string | null;
  accessed: string | null;
  reviewed: string | null;
  covers: string[];
}

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === "string" ? value : JSON.stringify(value);

export function toSourceRecord(row: Record<string, unknown>): SourceRecord {
  return {
    id: String(row.id),
    title: String(row.title),
    url: text(row.url),
    publisher: text(row.publisher),
    year: (row.year as number | undefined) ?? null,
    type: text(row.type),
    authors: text(row.authors),
    doi: text(row.doi),
    pmid: text(row.pmid),
    isbn: text(row.isbn),
    edition: text(row.edition),
    chapter: text(row.chapter),
    accessed: text(row.accessed),
    reviewed: text(row.reviewed),
    covers: (row.covers as string[] | undefined) ?? [],
  };
}

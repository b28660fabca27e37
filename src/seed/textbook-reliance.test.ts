import { percent, renderTextbookReliance, textbookReliance } from "./textbook-reliance";

describe("textbook reliance", () => {
  const graph = {
    sources: [
      { id: "book", type: "textbook" },
      { id: "book2", type: "textbook" },
      { id: "page", type: "website" },
    ],
    relationships: [
      { type: "CONTRAINDICATED_BY", sources: ["book"] },
      { type: "CONTRAINDICATED_BY", sources: ["book", "page"] },
      { type: "CONTRAINDICATED_BY", sources: ["book", "book2"] },
      { type: "CAUSED_BY", sources: ["book2"] },
      { type: "CAUSED_BY", sources: ["page"] },
      { type: "TREATED_BY", sources: ["unknown"] },
    ],
  };

  it("counts a link only when its one source is a textbook (two books, or a book and a page, do not count)", () => {
    const reliance = textbookReliance(graph);
    expect(reliance.overall).toEqual({ single: 2, total: 6 });
    expect(reliance.byType).toEqual({
      CAUSED_BY: { single: 1, total: 2 },
      CONTRAINDICATED_BY: { single: 1, total: 3 },
      TREATED_BY: { single: 0, total: 1 },
    });
    expect(reliance.byTextbook).toEqual({ book: 1, book2: 1 });
  });

  it("prints the share overall and by type, and an empty graph as 0%", () => {
    const text = renderTextbookReliance(textbookReliance(graph));
    expect(text).toContain("Links whose only source is one textbook: 2 of 6 (33.3%");
    expect(text).toContain("  CONTRAINDICATED_BY: 1 of 3 (33.3%)");
    expect(text).toContain("By textbook: book 1, book2 1.");
    expect(percent({ single: 0, total: 0 })).toBe("0.0%");
    expect(renderTextbookReliance(textbookReliance({ sources: [], relationships: [] }))).toContain(
      "By textbook: none.",
    );
  });
});

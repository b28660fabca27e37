import { z } from "zod";
import { SOURCE_TYPES } from "../model";
import { date, distinctList, doi, httpUrl, isbn, LIMITS, pmid, requiredAs, slug, stringRule, text } from "./fields";
import { isSlug } from "../util/ids";

const ALWAYS = { when: () => true };

/** A source the evidence policy can read: type, what it covers, when its citations were last checked. */
export const sourceRecord = z
  .strictObject({
    id: slug(),
    title: text(LIMITS.titleMax),
    type: z.enum(SOURCE_TYPES, requiredAs(`is required: one of ${SOURCE_TYPES.join(", ")}`)),
    authors: text(LIMITS.authorsMax).optional(),
    publisher: text(LIMITS.publisherMax),
    year: z.int().min(1800).max(2100).optional(),
    url: httpUrl().optional(),
    doi: doi().optional(),
    pmid: pmid().optional(),
    isbn: isbn().optional(),
    edition: text(LIMITS.editionMax).optional(),
    chapter: text(LIMITS.chapterMax).optional(),
    accessed: date().optional(),
    reviewed: date("is required: the date the citations were last checked against the source (YYYY-MM-DD)"),
    // Never "*" (covers everything): seed:check's both-ends rule must apply to every source (issue 27).
    covers: distinctList(
      stringRule((id) => {
        if (id === "*") return '"*" (covers everything) is refused: list the entity ids the source discusses';
        return isSlug(id) ? undefined : "must be an entity id";
      }),
      { min: 1, max: LIMITS.coversMax },
    ),
  })
  .superRefine((source, ctx) => {
    if (source.type === "textbook" && source.edition === undefined)
      ctx.addIssue({ code: "custom", path: ["edition"], message: "is required for a textbook" });
  }, ALWAYS);

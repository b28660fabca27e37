// Creates or replaces one source (MERGE on its uniquely constrained id).
MERGE (s:Source {id: $id})
SET s.title = $title,
    s.publisher = $publisher,
    s.url = $url,
    s.year = $year,
    s.type = $type,
    s.authors = $authors,
    s.doi = $doi,
    s.pmid = $pmid,
    s.edition = $edition,
    s.chapter = $chapter,
    s.accessed = $accessed,
    s.reviewed = $reviewed,
    s.covers = $covers,
    s.updatedAt = $updatedAt,
    s.updatedBy = $updatedBy
RETURN s {.*} AS source

// Creates or replaces one source (MERGE on its uniquely constrained id).
MERGE (s:Source {id: $id})
SET s.title = $title,
    s.publisher = $publisher,
    s.url = $url,
    s.year = $year,
    s.updatedAt = $updatedAt,
    s.updatedBy = $updatedBy
RETURN s {.*} AS source

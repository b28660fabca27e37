// Takes (or renews) the migration lease when it is free, expired or already $holder's.
MATCH (l:SchemaMigrationLock {name: 'schema'})
WITH l, l.holder IS NULL OR l.holder = $holder OR l.expiresAt < datetime() AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.expiresAt = CASE WHEN free THEN datetime() + duration({seconds: $leaseSeconds}) ELSE l.expiresAt END
RETURN free AS acquired, l.holder AS holder

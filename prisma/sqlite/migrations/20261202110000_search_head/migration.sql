-- Nothing to change on SQLite: FTS5 ranks the same fields with a column
-- filter ({title people topics dek}) on the existing index (lib/search/sql.ts).
SELECT 1;

-- Filters become words of the search index (lib/shared/search-facets.ts):
-- a column "facets" holding the piece's type, year, topics and experts as
-- kind digit + hex of the slug, so a filtered search is one FTS5 MATCH with
-- no join to the articles. FTS5 cannot add a column, so the table is rebuilt,
-- keeping each row's rowid (article_search_rowid points at them).
CREATE VIRTUAL TABLE "article_search_next" USING fts5(
    article_id UNINDEXED,
    title,
    dek,
    body,
    people,
    topics,
    facets,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO "article_search_next" (rowid, article_id, title, dek, body, people, topics, facets)
SELECT s.rowid, s.article_id, s.title, s.dek, s.body, s.people, s.topics,
       '1' || lower(hex(ct.slug))
       || CASE WHEN a.published_at IS NULL THEN '' ELSE ' 4' || lower(hex(
            CASE WHEN typeof(a.published_at) = 'integer' THEN strftime('%Y', a.published_at / 1000, 'unixepoch') ELSE strftime('%Y', a.published_at) END)) END
       || COALESCE((SELECT ' ' || group_concat('2' || lower(hex(t.slug)), ' ') FROM article_topics x JOIN topics t ON t.id = x.topic_id WHERE x.article_id = a.id), '')
       || COALESCE((SELECT ' ' || group_concat('3' || lower(hex(p.slug)), ' ') FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE x.article_id = a.id), '')
FROM "article_search" s
JOIN "articles" a ON a.id = s.article_id
JOIN "content_types" ct ON ct.id = a.type_id;

DROP TABLE "article_search";
ALTER TABLE "article_search_next" RENAME TO "article_search";

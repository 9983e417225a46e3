-- Filters become words of the search index (lib/shared/search-facets.ts):
-- the piece's type, year, topics and experts as kind digit + hex of the slug,
-- in a GIN-indexed array, so a filtered search intersects two index lookups
-- instead of joining every match to its article row.
ALTER TABLE "article_search" ADD COLUMN "facets" TEXT[] NOT NULL DEFAULT '{}';

UPDATE "article_search" s SET "facets" =
    ARRAY['1' || encode(convert_to(ct.slug, 'UTF8'), 'hex')]
    || CASE WHEN a.published_at IS NULL THEN '{}'::text[] ELSE ARRAY['4' || encode(convert_to(extract(year FROM a.published_at)::int::text, 'UTF8'), 'hex')] END
    || COALESCE((SELECT array_agg('2' || encode(convert_to(t.slug, 'UTF8'), 'hex')) FROM article_topics x JOIN topics t ON t.id = x.topic_id WHERE x.article_id = a.id), '{}')
    || COALESCE((SELECT array_agg('3' || encode(convert_to(p.slug, 'UTF8'), 'hex')) FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE x.article_id = a.id), '{}')
FROM "articles" a JOIN "content_types" ct ON ct.id = a.type_id
WHERE a.id = s.article_id;

CREATE INDEX "article_search_facets_idx" ON "article_search" USING GIN ("facets");

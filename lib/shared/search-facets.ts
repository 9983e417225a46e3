// Filters as words of the search index. A filtered search (type, topic,
// expert, year) used to join every match to its article row and test the
// filter there: for a common word that is tens of thousands of rows read to
// keep twenty. Stored as facet words beside the text, the filter is one more
// term in the same index lookup (FTS5 MATCH, or a GIN array on PostgreSQL).
//
// A facet word is a kind digit and the value's UTF-8 in hex. Hex keeps any
// slug one token under FTS5's unicode61 tokenizer (hyphens would split it),
// and the porter stemmer cannot fold two of them into one: of its suffixes,
// hex can only spell a final "e" (a UTF-8 string never ends in byte 0xED, so
// never in "ed"), and dropping it leaves an even-length word, while every
// facet word (one digit and whole bytes) has an odd length.
// The migration 20261203070000_search_facets builds the same words in SQL
// (hex(), encode()).

export type FacetFilter = { type?: string; topic?: string; expert?: string; year?: number };

const KIND = { type: '1', topic: '2', expert: '3', year: '4' } as const;

function word(kind: keyof typeof KIND, value: string): string {
  return KIND[kind] + Buffer.from(value, 'utf8').toString('hex');
}

/** The year a piece is filed under: its publication date's year in UTC, as the listing filters read it (lib/articles/sql.ts). */
export function facetYear(publishedAt: Date): number {
  return publishedAt.getUTCFullYear();
}

/** The facet words of one piece, as stored in its index row. */
export function facetsOf(p: { type: string; topics: string[]; experts: string[]; publishedAt: Date | null }): string[] {
  return [
    word('type', p.type),
    ...(p.publishedAt ? [word('year', String(facetYear(p.publishedAt)))] : []),
    ...p.topics.map((t) => word('topic', t)),
    ...p.experts.map((e) => word('expert', e)),
  ];
}

/** The facet words a search must match, one per filter set. */
export function facetsFor(f: FacetFilter): string[] {
  return [
    ...(f.type ? [word('type', f.type)] : []),
    ...(f.topic ? [word('topic', f.topic)] : []),
    ...(f.expert ? [word('expert', f.expert)] : []),
    ...(f.year ? [word('year', String(f.year))] : []),
  ];
}

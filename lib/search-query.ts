// Turns whatever a reader types into a query the database cannot misread.

const MAX_TERMS = 12;

/** Words of the query: letters and digits in any script, nothing else. */
export function searchTerms(input: string): string[] {
  const words = input
    .normalize('NFKC')
    .slice(0, 2000)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return [...new Set(words ?? [])].slice(0, MAX_TERMS);
}

/**
 * SQLite FTS5: every word becomes a quoted string (so AND, OR, NEAR, column
 * filters and quotes are just words), all must match, and the last one may be
 * a prefix ("cyber" finds "cybersecurity" while the reader is still typing).
 */
export function ftsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t.replaceAll('"', '""')}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

/** PostgreSQL to_tsquery: the same words joined with &, the last as a prefix. */
export function tsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `'${t.replaceAll("'", "''")}'${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

// Highlight markers the database puts around matches; they cannot occur in
// text we index (control characters), so the snippet is split on them and
// rendered as text, never as HTML.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type SnippetPart = { text: string; match: boolean };

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const chunk of snippet.split(MARK_START)) {
    const [inside, ...rest] = chunk.split(MARK_END);
    if (rest.length === 0) {
      if (inside) parts.push({ text: inside, match: false });
      continue;
    }
    if (inside) parts.push({ text: inside, match: true });
    const after = rest.join('');
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}

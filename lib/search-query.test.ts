import { describe, expect, it } from 'vitest';
import { ftsQuery, MARK_END, MARK_START, searchTerms, snippetParts, tsQuery } from './search-query';
import { suggest } from './suggest';

describe('search query building', () => {
  it('keeps only words, lower-cased, deduplicated and capped', () => {
    expect(searchTerms('Sino-Russian  "high-tech" AND (cooperation)')).toEqual(['sino', 'russian', 'high', 'tech', 'and', 'cooperation']);
    expect(searchTerms('a b c d e f g h i j k l m n o')).toHaveLength(12);
    expect(searchTerms('Россия 中国 🚀')).toEqual(['россия', '中国']);
    expect(searchTerms('  ;-- \'" ')).toEqual([]);
  });

  it('quotes every word for FTS5 so operators and column filters are plain words; the last is a prefix', () => {
    expect(ftsQuery('title:china OR NEAR(a)')).toBe('"title" "china" "or" "near" "a"*');
    expect(ftsQuery('"; DROP TABLE articles; --')).toBe('"drop" "table" "articles"*');
    expect(ftsQuery('   ')).toBeNull();
  });

  it('builds a PostgreSQL tsquery of quoted lexemes joined with &', () => {
    expect(tsQuery("O'Brien's & !china")).toBe("'o' & 'brien' & 's' & 'china':*");
    expect(tsQuery('')).toBeNull();
  });

  it('splits snippets on the database markers into text and matches', () => {
    expect(snippetParts(`The ${MARK_START}Sino${MARK_END}-${MARK_START}Russian${MARK_END} ties <b>`)).toEqual([
      { text: 'The ', match: false },
      { text: 'Sino', match: true },
      { text: '-', match: false },
      { text: 'Russian', match: true },
      { text: ' ties <b>', match: false },
    ]);
    expect(snippetParts('no marks')).toEqual([{ text: 'no marks', match: false }]);
  });
});

describe('suggestions', () => {
  const experts = [
    { slug: 'elsa-b-kania', name: 'Elsa B. Kania' },
    { slug: 'jim-townsend', name: 'Jim Townsend' },
  ];
  const topics = [
    { slug: 'ukraine', name: 'Ukraine', kind: 'REGION' as const },
    { slug: 'great-power-competition', name: 'Great-Power Competition', kind: 'TOPIC' as const },
  ];
  it('matches the start of any word, experts first', () => {
    expect(suggest('kan', experts, topics)).toEqual([{ label: 'Elsa B. Kania', href: '/experts/elsa-b-kania', kind: 'Expert' }]);
    expect(suggest('pow', experts, topics)).toEqual([{ label: 'Great-Power Competition', href: '/topics/great-power-competition', kind: 'Topic' }]);
    expect(suggest('UKR', experts, topics)[0]).toMatchObject({ kind: 'Region', href: '/topics/ukraine' });
  });
  it('needs two characters and never matches inside a word', () => {
    expect(suggest('k', experts, topics)).toEqual([]);
    expect(suggest('ania', experts, topics)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { tagsForArticleChange, type ArticleFootprint } from './cache-tags';

const before: ArticleFootprint = {
  id: 'art_1',
  slug: 'old-slug',
  type: 'report',
  authors: ['samuel-bendett', 'elsa-kania'],
  topics: ['china', 'russia'],
  programs: ['technology'],
};
const after: ArticleFootprint = {
  id: 'art_1',
  slug: 'new-slug',
  type: 'commentary',
  authors: ['elsa-kania', 'jim-townsend'],
  topics: ['russia', 'artificial-intelligence'],
  programs: ['technology', 'transatlantic-security'],
};

describe('tagsForArticleChange', () => {
  it('always includes "lists"', () => {
    expect(tagsForArticleChange()).toEqual(['lists']);
    expect(tagsForArticleChange(null, undefined)).toEqual(['lists']);
    expect(tagsForArticleChange(after)).toContain('lists');
  });

  it('names everything one state touches', () => {
    expect(new Set(tagsForArticleChange(before))).toEqual(
      new Set([
        'lists',
        'article:old-slug',
        'pinned:art_1',
        'type:report',
        'author:samuel-bendett',
        'author:elsa-kania',
        'topic:china',
        'topic:russia',
        'program:technology',
      ]),
    );
  });

  it('includes both the old and the new slug, authors, topics, programs and types', () => {
    const out = tagsForArticleChange(before, after);
    for (const t of [
      'article:old-slug',
      'article:new-slug',
      'author:samuel-bendett', // removed author
      'author:elsa-kania', // kept author
      'author:jim-townsend', // added author
      'topic:china', // removed topic
      'topic:russia',
      'topic:artificial-intelligence', // added topic
      'program:technology',
      'program:transatlantic-security',
      'type:report',
      'type:commentary',
      'pinned:art_1',
      'lists',
    ]) {
      expect(out, t).toContain(t);
    }
  });

  it('has no duplicates', () => {
    const out = tagsForArticleChange(before, after, before);
    expect(new Set(out).size).toBe(out.length);
    expect(out.filter((t) => t === 'lists')).toHaveLength(1);
    expect(out.filter((t) => t === 'author:elsa-kania')).toHaveLength(1);
    expect(out.filter((t) => t === 'pinned:art_1')).toHaveLength(1);
  });

  it('has no duplicates when the same slug appears in several lists', () => {
    const dup: ArticleFootprint = { ...before, authors: ['a', 'a'], topics: ['t', 't'], programs: ['p', 'p'] };
    const out = tagsForArticleChange(dup);
    expect(new Set(out).size).toBe(out.length);
  });

  it('works for a created piece (no old state) and a deleted one (no new state)', () => {
    const created = tagsForArticleChange(null, after);
    expect(created).toContain('article:new-slug');
    expect(created).not.toContain('article:old-slug');
    const deleted = tagsForArticleChange(before, null);
    expect(deleted).toContain('article:old-slug');
    expect(deleted).not.toContain('article:new-slug');
    expect(deleted).toContain('author:samuel-bendett');
  });

  it('never adds the broad "articles" or "taxonomy" tags', () => {
    const out = tagsForArticleChange(before, after);
    expect(out).not.toContain('articles');
    expect(out).not.toContain('taxonomy');
  });

  it('names nothing beyond the two states', () => {
    const out = tagsForArticleChange(before, after);
    expect(out).toHaveLength(
      new Set([
        'lists',
        'article:old-slug',
        'article:new-slug',
        'pinned:art_1',
        'type:report',
        'type:commentary',
        'author:samuel-bendett',
        'author:elsa-kania',
        'author:jim-townsend',
        'topic:china',
        'topic:russia',
        'topic:artificial-intelligence',
        'program:technology',
        'program:transatlantic-security',
      ]).size,
    );
  });

  it('an episode names its show, before and after a move to another show, and the podcasts index', () => {
    const out = tagsForArticleChange({ ...before, show: 'arctic-hour' }, { ...after, show: 'deterrence-weekly' });
    expect(out).toEqual(expect.arrayContaining(['podcasts', 'podcast:arctic-hour', 'podcast:deterrence-weekly']));
    expect(tagsForArticleChange(before, { ...after, show: null }).filter((t) => t.startsWith('podcast'))).toEqual([]);
  });
});

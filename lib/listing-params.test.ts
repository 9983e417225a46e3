import { describe, expect, it } from 'vitest';
import { parsePublicationFilters, publicationsHref } from './listing-params';
import type { Taxonomy } from './taxonomy';

const taxonomy: Taxonomy = {
  topics: [
    { slug: 'china', name: 'China', kind: 'REGION', description: '' },
    { slug: 'artificial-intelligence', name: 'Artificial Intelligence', kind: 'TOPIC', description: '' },
  ],
  types: [
    { slug: 'report', name: 'Report', pluralName: 'Reports' },
    { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary' },
  ],
  programs: [{ slug: 'transatlantic-security', name: 'Transatlantic Security', description: '' }],
};
const years = [2025, 2024, 2023];

describe('parsePublicationFilters', () => {
  it('keeps known values', () => {
    expect(
      parsePublicationFilters(
        { type: 'report', topic: 'china', area: 'transatlantic-security', year: '2024', page: '3' },
        taxonomy,
        years,
      ),
    ).toEqual({ type: 'report', topic: 'china', area: 'transatlantic-security', year: 2024, page: 3 });
  });

  it('is page 1 with no filters for an empty query', () => {
    expect(parsePublicationFilters({}, taxonomy, years)).toEqual({
      type: undefined,
      topic: undefined,
      area: undefined,
      year: undefined,
      page: 1,
    });
  });

  it('drops an unknown type, topic and area', () => {
    const f = parsePublicationFilters({ type: 'podcast', topic: 'mars', area: 'space-program', page: '2' }, taxonomy, years);
    expect(f.type).toBeUndefined();
    expect(f.topic).toBeUndefined();
    expect(f.area).toBeUndefined();
    expect(f.page).toBe(2);
  });

  it('does not confuse the three vocabularies', () => {
    // a topic slug is not a type, a type slug is not an area, an area slug is not a topic
    const f = parsePublicationFilters({ type: 'china', topic: 'transatlantic-security', area: 'report' }, taxonomy, years);
    expect(f).toMatchObject({ type: undefined, topic: undefined, area: undefined });
  });

  it('matches slugs exactly (case-sensitive)', () => {
    const f = parsePublicationFilters({ type: 'Report', topic: 'CHINA' }, taxonomy, years);
    expect(f.type).toBeUndefined();
    expect(f.topic).toBeUndefined();
  });

  it('drops a year without publications, or one that is not a four-digit year', () => {
    expect(parsePublicationFilters({ year: '2019' }, taxonomy, years).year).toBeUndefined();
    expect(parsePublicationFilters({ year: '24' }, taxonomy, years).year).toBeUndefined();
    expect(parsePublicationFilters({ year: '2024abc' }, taxonomy, years).year).toBeUndefined();
    expect(parsePublicationFilters({ year: '20245' }, taxonomy, years).year).toBeUndefined();
    expect(parsePublicationFilters({ year: '0000' }, taxonomy, [0, ...years]).year).toBeUndefined();
    expect(parsePublicationFilters({ year: '2023' }, taxonomy, years).year).toBe(2023);
  });

  it('takes the first of repeated parameters and trims them', () => {
    const f = parsePublicationFilters({ type: ['commentary', 'report'], year: [' 2025 '], page: ['4', '9'] }, taxonomy, years);
    expect(f).toEqual({ type: 'commentary', topic: undefined, area: undefined, year: 2025, page: 4 });
    expect(parsePublicationFilters({ topic: '  china ' }, taxonomy, years).topic).toBe('china');
  });

  it('parses the page leniently', () => {
    expect(parsePublicationFilters({ page: 'abc' }, taxonomy, years).page).toBe(1);
    expect(parsePublicationFilters({ page: '0' }, taxonomy, years).page).toBe(1);
    expect(parsePublicationFilters({ page: '-5' }, taxonomy, years).page).toBe(1);
    expect(parsePublicationFilters({ page: '12' }, taxonomy, years).page).toBe(12);
  });

  it('keeps the valid filters when others are dropped', () => {
    expect(parsePublicationFilters({ type: 'nope', topic: 'artificial-intelligence', year: '1900' }, taxonomy, years)).toEqual({
      type: undefined,
      topic: 'artificial-intelligence',
      area: undefined,
      year: undefined,
      page: 1,
    });
  });

  it('ignores unrelated parameters', () => {
    const f = parsePublicationFilters({ utm_source: 'newsletter', type: 'report' }, taxonomy, years);
    expect(f).toEqual({ type: 'report', topic: undefined, area: undefined, year: undefined, page: 1 });
  });
});

describe('publicationsHref', () => {
  it('is the bare listing without filters', () => {
    expect(publicationsHref({})).toBe('/publications');
  });

  it('leaves page 1 out', () => {
    expect(publicationsHref({ page: 1 })).toBe('/publications');
    expect(publicationsHref({ type: 'report', page: 1 })).toBe('/publications?type=report');
  });

  it('includes later pages', () => {
    expect(publicationsHref({ page: 2 })).toBe('/publications?page=2');
  });

  it('writes the filters in a fixed order: type, topic, area, year, page', () => {
    expect(publicationsHref({ page: 3, year: 2024, area: 'transatlantic-security', topic: 'china', type: 'report' })).toBe(
      '/publications?type=report&topic=china&area=transatlantic-security&year=2024&page=3',
    );
    expect(publicationsHref({ year: 2023, topic: 'china' })).toBe('/publications?topic=china&year=2023');
  });

  it('leaves out undefined filters', () => {
    expect(publicationsHref({ type: undefined, topic: 'china', area: undefined, year: undefined, page: 2 })).toBe(
      '/publications?topic=china&page=2',
    );
  });

  it('uses another base path', () => {
    expect(publicationsHref({ topic: 'china', page: 2 }, '/topics/china')).toBe('/topics/china?topic=china&page=2');
    expect(publicationsHref({}, '/experts/jane-doe')).toBe('/experts/jane-doe');
  });

  it('escapes values', () => {
    expect(publicationsHref({ type: 'a&b c' })).toBe('/publications?type=a%26b+c');
  });

  it('round-trips through parsePublicationFilters', () => {
    const filters = { type: 'commentary', topic: 'artificial-intelligence', area: 'transatlantic-security', year: 2025, page: 5 };
    const href = publicationsHref(filters);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(parsePublicationFilters(Object.fromEntries(params), taxonomy, years)).toEqual(filters);
  });
});

import { describe, expect, it } from 'vitest';
import { byline, joinNames, nameSeparators } from './byline';

describe('nameSeparators', () => {
  it('returns nothing for no names', () => {
    expect(nameSeparators(0)).toEqual([]);
    expect(nameSeparators(0, 'card')).toEqual([]);
  });

  it('puts nothing before a single name', () => {
    expect(nameSeparators(1)).toEqual(['']);
    expect(nameSeparators(1, 'card')).toEqual(['']);
  });

  it('uses "and" on the page and "&" on cards before the last name', () => {
    expect(nameSeparators(2)).toEqual(['', ' and ']);
    expect(nameSeparators(2, 'page')).toEqual(['', ' and ']);
    expect(nameSeparators(2, 'card')).toEqual(['', ' & ']);
  });

  it('uses commas between the earlier names (no serial comma)', () => {
    expect(nameSeparators(3)).toEqual(['', ', ', ' and ']);
    expect(nameSeparators(4)).toEqual(['', ', ', ', ', ' and ']);
    expect(nameSeparators(4, 'card')).toEqual(['', ', ', ', ', ' & ']);
  });
});

describe('joinNames / byline, page style', () => {
  it('is empty for no names', () => {
    expect(joinNames([])).toBe('');
    expect(byline([])).toBe('');
  });

  it('reads "By X" for one name', () => {
    expect(byline(['Samuel Bendett'])).toBe('By Samuel Bendett');
  });

  it('joins two names with "and"', () => {
    expect(byline(['Samuel Bendett', 'Elsa B. Kania'])).toBe('By Samuel Bendett and Elsa B. Kania');
    expect(joinNames(['Samuel Bendett', 'Elsa B. Kania'], 'page')).toBe('Samuel Bendett and Elsa B. Kania');
  });

  it('joins three names as "A, B and C"', () => {
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(byline(['A', 'B', 'C'])).toBe('By A, B and C');
  });

  it('joins four names as "A, B, C and D"', () => {
    expect(joinNames(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
  });
});

describe('joinNames / byline, card style', () => {
  it('reads "By X" for one name', () => {
    expect(byline(['Stacie Pettyjohn'], 'card')).toBe('By Stacie Pettyjohn');
  });

  it('joins two names with "&"', () => {
    expect(byline(['Stacie Pettyjohn', 'Molly Campbell'], 'card')).toBe('By Stacie Pettyjohn & Molly Campbell');
  });

  it('joins three names with commas and "&"', () => {
    expect(byline(['Andrea Kendall-Taylor', 'Jim Townsend', 'Celeste Wallander'], 'card')).toBe(
      'By Andrea Kendall-Taylor, Jim Townsend & Celeste Wallander',
    );
  });

  it('joins four names with commas and "&"', () => {
    expect(joinNames(['A', 'B', 'C', 'D'], 'card')).toBe('A, B, C & D');
  });

  it('is empty for no names', () => {
    expect(byline([], 'card')).toBe('');
  });
});

describe('trimming and blank names', () => {
  it('trims each name', () => {
    expect(byline(['  Samuel Bendett ', '\tElsa B. Kania\n'])).toBe('By Samuel Bendett and Elsa B. Kania');
  });

  it('drops blank names and joins the rest as if they were not there', () => {
    expect(byline(['', 'Samuel Bendett', '   ', 'Elsa B. Kania', ''])).toBe('By Samuel Bendett and Elsa B. Kania');
    expect(byline(['A', ' ', 'B', 'C'], 'card')).toBe('By A, B & C');
  });

  it('a single real name among blanks gets no conjunction', () => {
    expect(byline(['  ', 'Jim Townsend', ''])).toBe('By Jim Townsend');
  });

  it('only blank names give an empty byline, not "By "', () => {
    expect(byline(['', '  ', '\n'])).toBe('');
    expect(byline(['', '  '], 'card')).toBe('');
  });

  it('does not mutate its input', () => {
    const names = Object.freeze([' A ', 'B']);
    expect(byline(names)).toBe('By A and B');
    expect(names).toEqual([' A ', 'B']);
  });
});

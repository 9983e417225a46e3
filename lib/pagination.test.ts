import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, pageInfo, pageWindow, parsePage, showingLabel } from './pagination';

describe('parsePage', () => {
  it('reads a positive integer', () => {
    expect(parsePage('1')).toBe(1);
    expect(parsePage('2')).toBe(2);
    expect(parsePage('37')).toBe(37);
    expect(parsePage('007')).toBe(7);
  });

  it('is page 1 when absent or empty', () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage('')).toBe(1);
  });

  it('is page 1 for garbage', () => {
    for (const raw of ['abc', '2abc', 'abc2', '1.5', '1e3', '0x10', ' 2', '2 ', '+2', 'NaN', 'Infinity', '½']) {
      expect(parsePage(raw), JSON.stringify(raw)).toBe(1);
    }
  });

  it('is page 1 for zero and negative numbers', () => {
    expect(parsePage('0')).toBe(1);
    expect(parsePage('000')).toBe(1);
    expect(parsePage('-1')).toBe(1);
    expect(parsePage('-20')).toBe(1);
  });

  it('takes the first value of a repeated parameter', () => {
    expect(parsePage(['3', '4'])).toBe(3);
    expect(parsePage(['abc', '4'])).toBe(1);
    expect(parsePage([])).toBe(1);
  });

  it('is page 1 for absurdly large numbers, and never returns a non-integer', () => {
    expect(parsePage('999999')).toBe(999999);
    expect(parsePage('1000000')).toBe(1);
    expect(parsePage('99999999999999999999999')).toBe(1);
    const p = parsePage('123456');
    expect(Number.isSafeInteger(p)).toBe(true);
  });
});

describe('pageInfo', () => {
  it('uses 20 per page by default', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(pageInfo(1, 119).pageSize).toBe(20);
  });

  it('describes the first page', () => {
    expect(pageInfo(1, 119)).toEqual({ page: 1, pageSize: 20, total: 119, pageCount: 6, from: 1, to: 20, skip: 0 });
  });

  it('describes a middle page', () => {
    expect(pageInfo(3, 119)).toEqual({ page: 3, pageSize: 20, total: 119, pageCount: 6, from: 41, to: 60, skip: 40 });
  });

  it('describes a partial last page', () => {
    expect(pageInfo(6, 119)).toEqual({ page: 6, pageSize: 20, total: 119, pageCount: 6, from: 101, to: 119, skip: 100 });
  });

  it('describes a full last page', () => {
    expect(pageInfo(6, 120)).toMatchObject({ pageCount: 6, from: 101, to: 120, skip: 100 });
    expect(pageInfo(1, 20)).toMatchObject({ pageCount: 1, from: 1, to: 20 });
    expect(pageInfo(1, 21)).toMatchObject({ pageCount: 2, from: 1, to: 20 });
    expect(pageInfo(2, 21)).toMatchObject({ pageCount: 2, from: 21, to: 21, skip: 20 });
  });

  it('has one (empty) page when there is nothing', () => {
    expect(pageInfo(1, 0)).toEqual({ page: 1, pageSize: 20, total: 0, pageCount: 1, from: 0, to: 0, skip: 0 });
  });

  it('shows nothing on a page past the end', () => {
    const info = pageInfo(7, 119);
    expect(info).toMatchObject({ page: 7, pageCount: 6, from: 0, to: 0, skip: 120 });
    expect(pageInfo(2, 0)).toMatchObject({ pageCount: 1, from: 0, to: 0 });
  });

  it('honours a custom page size', () => {
    expect(pageInfo(2, 25, 10)).toEqual({ page: 2, pageSize: 10, total: 25, pageCount: 3, from: 11, to: 20, skip: 10 });
    expect(pageInfo(3, 25, 10)).toMatchObject({ from: 21, to: 25 });
  });
});

describe('showingLabel', () => {
  it('explains a page number past the end instead of "Showing 0–0"', () => {
    expect(showingLabel(pageInfo(7, 119), 'Publications')).toBe('Page 7 is past the end: 119 Publications fit on 6 pages');
  });

  it('reads "Showing 1–20 of 119 Publications" with an en dash', () => {
    const label = showingLabel(pageInfo(1, 119), 'Publications');
    expect(label).toBe('Showing 1\u201320 of 119 Publications');
    expect(label).toContain('\u2013');
    expect(label).not.toContain('1-20');
  });

  it('shows the range of a later page', () => {
    expect(showingLabel(pageInfo(6, 119), 'publications')).toBe('Showing 101–119 of 119 publications');
  });

  it('uses "results" by default', () => {
    expect(showingLabel(pageInfo(1, 5))).toBe('Showing 1–5 of 5 results');
  });

  it('says there is nothing when the total is zero', () => {
    expect(showingLabel(pageInfo(1, 0), 'Publications')).toBe('No Publications');
    expect(showingLabel(pageInfo(1, 0))).toBe('No results');
  });
});

describe('pageWindow', () => {
  it('is a single page when there is one page', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
  });

  it('lists every page when there are few', () => {
    expect(pageWindow(1, 2)).toEqual([1, 2]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });

  it('puts gaps on both sides of a page deep in the archive', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
  });

  it('puts a gap only after the window near the start', () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20]);
    expect(pageWindow(2, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(3, 20)).toEqual([1, 2, 3, 4, null, 20]);
  });

  it('puts a gap only before the window near the end', () => {
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
    expect(pageWindow(18, 20)).toEqual([1, null, 17, 18, 19, 20]);
  });

  it('shows the page number instead of a gap that hides only one page', () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
    expect(pageWindow(17, 20)).toEqual([1, null, 16, 17, 18, 19, 20]);
  });

  it('widens with the radius', () => {
    expect(pageWindow(10, 20, 2)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(10, 20, 0)).toEqual([1, null, 10, null, 20]);
  });

  it('never repeats a page, never has two gaps in a row, and is sorted', () => {
    for (let count = 1; count <= 30; count++) {
      for (let page = 1; page <= count; page++) {
        const w = pageWindow(page, count);
        const nums = w.filter((p): p is number => p !== null);
        expect(new Set(nums).size).toBe(nums.length);
        expect([...nums].sort((a, b) => a - b)).toEqual(nums);
        expect(nums[0]).toBe(1);
        expect(nums[nums.length - 1]).toBe(count);
        expect(nums).toContain(page);
        w.forEach((p, i) => {
          if (p === null) {
            expect(w[i - 1]).not.toBeNull();
            expect(w[i + 1]).not.toBeNull();
            // a gap stands for at least two hidden pages
            expect((w[i + 1] as number) - (w[i - 1] as number)).toBeGreaterThan(2);
          }
        });
        expect(w.length).toBeLessThanOrEqual(7);
      }
    }
  });
});

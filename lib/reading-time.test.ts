import { describe, expect, it } from 'vitest';
import { readingMinutes, wordCount } from './reading-time';

describe('words and reading time', () => {
  it('counts the words a reader reads, not link targets, picture addresses or footnote markers', () => {
    expect(wordCount('Plain **bold** and [a link](https://example.org/long/path) here.[^1]\n\n![A chart](/media/x.png)\n\n[^1]: Source note.')).toBe(8);
    expect(wordCount('U.S. policy in 2025, 4.1% of GDP.')).toBe(7);
    expect(wordCount('')).toBe(0);
  });
  it('rounds to whole minutes at 230 words a minute, never less than one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230 * 6)).toBe(6);
    expect(readingMinutes(230 * 6 + 100)).toBe(6);
    expect(readingMinutes(230 * 6 + 130)).toBe(7);
  });
});

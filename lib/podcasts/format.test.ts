import { describe, expect, it } from 'vitest';
import { formatDuration, transcriptParagraphs } from './format';

describe('formatDuration', () => {
  it('says minutes, then hours and minutes; nothing for an unknown length', () => {
    expect(formatDuration(12)).toBe('1 min');
    expect(formatDuration(754)).toBe('13 min');
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(3900)).toBe('1 h 5 min');
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(0)).toBeNull();
  });
});

describe('transcriptParagraphs', () => {
  it('splits on blank lines and takes a leading "Name:" as the speaker', () => {
    expect(transcriptParagraphs('Jim Townsend: Welcome back.\r\n\r\nAndrea Kendall-Taylor: Thanks, Jim.\n\n\n[Music]\n\nat 10:30: not a speaker')).toEqual([
      { speaker: 'Jim Townsend', text: 'Welcome back.' },
      { speaker: 'Andrea Kendall-Taylor', text: 'Thanks, Jim.' },
      { speaker: null, text: '[Music]' },
      { speaker: null, text: 'at 10:30: not a speaker' },
    ]);
  });

  it('gives nothing for an empty transcript', () => {
    expect(transcriptParagraphs('  \n\n ')).toEqual([]);
  });
});

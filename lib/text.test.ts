import { describe, expect, it } from 'vitest';
import { excerpt, isValidSlug, slugify, SLUG_PATTERN, stripMarkdown, withoutControls, xmlSafe } from './text';

describe('slugify', () => {
  it('lower-cases a title and joins its words with hyphens', () => {
    expect(slugify('The Resilience of Sino-Russian High-Tech Cooperation')).toBe(
      'the-resilience-of-sino-russian-high-tech-cooperation',
    );
  });

  it('drops straight and curly apostrophes instead of splitting the word', () => {
    expect(slugify('Trump’s Crackdown on Chinese Students')).toBe('trumps-crackdown-on-chinese-students');
    expect(slugify("Trump's Crackdown")).toBe('trumps-crackdown');
    expect(slugify('‘Deterrence’ and `Escalation`')).toBe('deterrence-and-escalation');
  });

  it('removes accents', () => {
    expect(slugify('Café Économie à São Paulo')).toBe('cafe-economie-a-sao-paulo');
    expect(slugify('Zürich, Kraków and Naïveté')).toBe('zurich-krakow-and-naivete');
  });

  it('spells out the ampersand', () => {
    expect(slugify('Science & Technology')).toBe('science-and-technology');
    expect(slugify('R&D Spending')).toBe('r-and-d-spending');
  });

  it('collapses runs of punctuation and spaces into one hyphen', () => {
    expect(slugify('War -- and   Peace: 2024/2025 (Part 2)')).toBe('war-and-peace-2024-2025-part-2');
  });

  it('never starts or ends with a hyphen', () => {
    expect(slugify('  --Hello, World!--  ')).toBe('hello-world');
    expect(slugify('¿Qué pasa?')).toBe('que-pasa');
    expect(slugify('"Quoted"')).toBe('quoted');
  });

  it('gives an empty string when nothing sluggable is left', () => {
    expect(slugify('')).toBe('');
    expect(slugify('!!! ??? ---')).toBe('');
  });

  it('leaves a slug that already fits untouched', () => {
    expect(slugify('abc def', 7)).toBe('abc-def');
    expect(slugify('already-a-slug')).toBe('already-a-slug');
  });

  it('cuts a long slug at a hyphen, within the maximum length', () => {
    expect(slugify('alpha beta gamma delta epsilon', 20)).toBe('alpha-beta-gamma');
    expect(slugify('alpha beta gamma delta epsilon', 11)).toBe('alpha-beta');
  });

  it('keeps a last word that ends exactly at the maximum length', () => {
    // The full slug is longer than 30, but its first 30 characters end on a whole word.
    expect(slugify('The Resilience of Sino-Russian High-Tech Cooperation', 30)).toBe('the-resilience-of-sino-russian');
    expect(slugify('alpha beta gamma delta', 10)).toBe('alpha-beta');
  });

  it('respects the default maximum of 80 on a long title, ending on a whole word', () => {
    const title =
      'Assessing the Long-Term Implications of Sino-Russian High-Tech Cooperation for Transatlantic Security and Deterrence';
    const full = slugify(title, 1000);
    const slug = slugify(title);
    expect(full.length).toBeGreaterThan(80);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.length).toBeGreaterThan(40);
    expect(full.startsWith(slug)).toBe(true);
    expect(full[slug.length]).toBe('-');
    expect(slug).not.toMatch(/^-|-$/);
  });

  it('always ends on a word boundary for every maximum length', () => {
    const title = 'Russia China Arctic Cooperation Sanctions Semiconductors Drones Deterrence Escalation NATO';
    const full = slugify(title, 1000);
    for (let max = 12; max < full.length; max++) {
      const slug = slugify(title, max);
      expect(slug.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(full.startsWith(slug), `max ${max}`).toBe(true);
      expect(full[slug.length], `max ${max}`).toBe('-');
      expect(isValidSlug(slug), `max ${max}: ${slug}`).toBe(true);
    }
  });

  it('falls back to a hard cut when there is no hyphen in the second half', () => {
    const slug = slugify(`a ${'x'.repeat(50)}`, 20);
    expect(slug).toBe(`a-${'x'.repeat(18)}`);
    expect(slug).toHaveLength(20);
  });

  it('produces valid slugs', () => {
    for (const title of ['Trump’s Crackdown', 'R&D', 'Café Économie', '  --Hi--  ', 'NATO @ 75: What Next?']) {
      expect(isValidSlug(slugify(title)), title).toBe(true);
    }
  });
});

describe('isValidSlug', () => {
  it('accepts lower-case words and digits joined by single hyphens', () => {
    expect(isValidSlug('a')).toBe(true);
    expect(isValidSlug('abc')).toBe(true);
    expect(isValidSlug('the-resilience-of-sino-russian-high-tech-cooperation')).toBe(true);
    expect(isValidSlug('nato-at-75')).toBe(true);
    expect(isValidSlug('2024')).toBe(true);
  });

  it('rejects empty, padded, doubled or trailing hyphens', () => {
    expect(isValidSlug('')).toBe(false);
    expect(isValidSlug('-abc')).toBe(false);
    expect(isValidSlug('abc-')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
    expect(isValidSlug('-')).toBe(false);
  });

  it('rejects upper case, spaces, underscores, slashes and non-ASCII', () => {
    expect(isValidSlug('Abc')).toBe(false);
    expect(isValidSlug('a b')).toBe(false);
    expect(isValidSlug('a_b')).toBe(false);
    expect(isValidSlug('a/b')).toBe(false);
    expect(isValidSlug('café')).toBe(false);
    expect(isValidSlug('abc\n')).toBe(false);
  });

  it('accepts up to 120 characters and no more', () => {
    expect(isValidSlug('a'.repeat(120))).toBe(true);
    expect(isValidSlug('a'.repeat(121))).toBe(false);
    expect(SLUG_PATTERN.test('a'.repeat(121))).toBe(true);
  });
});

describe('excerpt', () => {
  const long =
    'Russia and China have deepened their cooperation in science and technology since 2014, ' +
    'when Western sanctions pushed Moscow to look east for semiconductors, software and capital; ' +
    'yet the partnership remains lopsided — Beijing holds most of the cards, and both sides know it. ' +
    'What follows examines drones, artificial intelligence, space and biotechnology in turn.';

  it('returns short text unchanged', () => {
    expect(excerpt('A short dek.')).toBe('A short dek.');
    expect(excerpt('')).toBe('');
  });

  it('collapses whitespace and trims', () => {
    expect(excerpt('  A   short\n\n dek.\t ')).toBe('A short dek.');
  });

  it('does not add an ellipsis when the text is exactly the maximum length', () => {
    const text = 'x'.repeat(10) + ' ' + 'y'.repeat(9); // 20 characters
    expect(excerpt(text, 20)).toBe(text);
  });

  it('cuts long text on a word boundary and ends with "..."', () => {
    expect(excerpt('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox...');
  });

  it('keeps a word that ends exactly at the maximum length', () => {
    expect(excerpt('The quick brown fox jumps over the lazy dog', 19)).toBe('The quick brown fox...');
  });

  it('leaves no trailing comma, space or dash before the ellipsis', () => {
    expect(excerpt('Alpha beta gamma, delta epsilon zeta eta theta', 17)).toBe('Alpha beta gamma...');
    expect(excerpt('Moscow and Beijing — partners? Not quite, say analysts', 20)).toBe('Moscow and Beijing...');
    expect(excerpt('One two three; four five six seven eight', 14)).toBe('One two three...');
  });

  it('uses 160 characters by default', () => {
    const out = excerpt(long);
    expect(long.length).toBeGreaterThan(160);
    expect(out.endsWith('...')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(163);
    expect(out.length).toBeGreaterThan(100);
  });

  it('holds its rules for every maximum length', () => {
    const plain = long.replace(/\s+/g, ' ').trim();
    for (let max = 20; max < plain.length; max++) {
      const out = excerpt(long, max);
      const label = `max ${max}: ${out}`;
      expect(out.endsWith('...'), label).toBe(true);
      expect(out.length, label).toBeLessThanOrEqual(max + 3);
      const body = out.slice(0, -3);
      expect(plain.startsWith(body), label).toBe(true);
      // word boundary: the next character of the source is not part of a word
      expect(plain[body.length], label).toMatch(/[\s,;:.!?—–-]/);
      expect(body, label).not.toMatch(/[\s,;:.!?—–-]$/);
    }
  });

  it('falls back to a hard cut for a single very long word, still within max + 3', () => {
    const out = excerpt(`a ${'x'.repeat(300)}`, 160);
    expect(out).toBe(`a ${'x'.repeat(158)}...`);
    expect(out).toHaveLength(163);
  });
});

describe('stripMarkdown', () => {
  it('removes headings and emphasis', () => {
    expect(stripMarkdown('# Heading\n\nSome **bold** and _italic_ text.')).toBe('Heading Some bold and italic text.');
    expect(stripMarkdown('### Third level\ntext')).toBe('Third level text');
  });

  it('keeps link text and drops the URL', () => {
    expect(stripMarkdown('See [the report](https://example.org/r?a=1) now.')).toBe('See the report now.');
  });

  it('removes images entirely', () => {
    expect(stripMarkdown('![A drone over Kyiv](/img/drone.jpg) Caption text')).toBe('Caption text');
  });

  it('removes fenced code blocks', () => {
    expect(stripMarkdown('Before\n```js\nconst x = 1;\n```\nAfter')).toBe('Before After');
  });

  it('removes list and quote markers', () => {
    expect(stripMarkdown('- one\n- two\n* three\n+ four\n1. five\n12. six')).toBe('one two three four five six');
    expect(stripMarkdown('> quoted line\n> second')).toBe('quoted line second');
  });

  it('removes inline code and strikethrough markers', () => {
    expect(stripMarkdown('Run `npm test` and ~~ignore~~ check.')).toBe('Run npm test and ignore check.');
  });

  it('collapses whitespace and trims', () => {
    expect(stripMarkdown('  one\n\n\ntwo   three  ')).toBe('one two three');
  });

  it('leaves plain text alone', () => {
    expect(stripMarkdown('Plain sentence, with punctuation: yes.')).toBe('Plain sentence, with punctuation: yes.');
  });

  it('does not treat a hyphen inside a line as a list marker', () => {
    expect(stripMarkdown('Sino-Russian cooperation - a review')).toBe('Sino-Russian cooperation - a review');
  });
});

describe('text for XML and typed input', () => {
  it('xmlSafe drops what XML 1.0 cannot carry and keeps everything it can', () => {
    expect(xmlSafe('A\u0001B\u000BC\u0000D\uFFFEE\uD800F')).toBe('ABCDEF');
    expect(xmlSafe('Tab\there\nline\r\nend — “quotes” 中文 😀')).toBe('Tab\there\nline\r\nend — “quotes” 中文 😀');
  });
  it('withoutControls keeps line breaks only in multi-line fields', () => {
    expect(withoutControls('Title\u0001 with\nbreak\u007F')).toBe('Title withbreak');
    expect(withoutControls('Para one\n\nPara\ttwo\u000B', true)).toBe('Para one\n\nPara\ttwo');
  });
});

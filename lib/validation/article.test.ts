import { describe, expect, it } from 'vitest';
import { slugify } from '../text';
import { articleFormValues, articleInput, emptyArticleValues, type ArticleFormValues, scheduleInput, validateArticle } from './article';
import { WEB_ADDRESS_MESSAGE } from './fields';

const SLUG_MESSAGE = 'Use lowercase letters, numbers and single hyphens, e.g. "arctic-security-2030".';
const OUTLET_MESSAGE = 'Give both the outlet’s name and the address of the original, or neither.';

/** A minimal form that passes; each test changes only what it is about. */
function values(overrides: Partial<ArticleFormValues> = {}): ArticleFormValues {
  // The empty form (every field, from ARTICLE_FIELDS) with just what a valid piece needs.
  return { ...emptyArticleValues(), title: 'Arctic Security in 2030', typeId: 'type-analysis', authorIds: ['author-1'], ...overrides };
}

function errorsOf(input: ArticleFormValues) {
  const result = validateArticle(input);
  if (result.ok) throw new Error(`expected validation to fail, got ${JSON.stringify(result.data)}`);
  return result.errors;
}

function dataOf(input: ArticleFormValues) {
  const result = validateArticle(input);
  if (!result.ok) throw new Error(`expected validation to pass, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

describe('validateArticle: a complete form', () => {
  it('passes and trims every text field', () => {
    const data = dataOf(
      values({
        title: '  Arctic Security in 2030  ',
        slug: '  Arctic-Security-2030  ',
        typeId: 'type-analysis',
        dek: '  What changes when the ice goes.  ',
        body: '# Body\n\nText.',
        pullQuote: '  The ice is going.  ',
        authorIds: ['author-1', 'author-2'],
        topicIds: ['topic-1'],
        programIds: ['program-1'],
        pinnedIds: ['a', 'b', 'c', 'd'],
        outletName: '  Foreign Affairs  ',
        outletUrl: '  https://www.foreignaffairs.com/arctic  ',
        featuredImageUrl: ' /uploads/ice.jpg ',
        featuredImageAlt: '  Sea ice at dusk  ',
        pdfUrl: ' https://example.org/report.pdf ',
        seoTitle: '  Arctic security, briefly  ',
        seoDescription: '  Five findings.  ',
        socialImageUrl: ' /media/ab12-card.1200x630.png ',
        featured: true,
      }),
    );
    expect(data).toEqual({
      title: 'Arctic Security in 2030',
      slug: 'arctic-security-2030',
      typeId: 'type-analysis',
      dek: 'What changes when the ice goes.',
      body: '# Body\n\nText.',
      pullQuote: 'The ice is going.',
      authorIds: ['author-1', 'author-2'],
      topicIds: ['topic-1'],
      programIds: ['program-1'],
      pinnedIds: ['a', 'b', 'c', 'd'],
      outletName: 'Foreign Affairs',
      outletUrl: 'https://www.foreignaffairs.com/arctic',
      featuredImageUrl: '/uploads/ice.jpg',
      featuredImageAlt: 'Sea ice at dusk',
      pdfUrl: 'https://example.org/report.pdf',
      seoTitle: 'Arctic security, briefly',
      seoDescription: 'Five findings.',
      socialImageUrl: '/media/ab12-card.1200x630.png',
      featured: true,
      showId: null,
      audioUrl: null,
      season: null,
      episodeNumber: null,
      explicit: false,
      guestIds: [],
      transcript: '',
      eventStartsAt: null,
      eventEndsAt: null,
      eventVenue: null,
      eventOnlineUrl: null,
      registrationOpen: false,
      registrationCapacity: null,
      recordingUrl: null,
    });
  });

  it('does not trim the Markdown body (leading spaces are meaningful)', () => {
    expect(dataOf(values({ body: '    indented code\n' })).body).toBe('    indented code\n');
  });

  it('turns empty optional strings (and whitespace-only ones) into null', () => {
    const data = dataOf(
      values({ pullQuote: '', outletName: '   ', outletUrl: '', featuredImageUrl: ' ', featuredImageAlt: '', pdfUrl: '' }),
    );
    expect(data.pullQuote).toBeNull();
    expect(data.outletName).toBeNull();
    expect(data.outletUrl).toBeNull();
    expect(data.featuredImageUrl).toBeNull();
    expect(data.featuredImageAlt).toBeNull();
    expect(data.pdfUrl).toBeNull();
    // The summary is not optional-to-null: it stays an empty string.
    expect(data.dek).toBe('');
  });
});

describe('validateArticle: slug', () => {
  it('generates the slug from the title when left empty', () => {
    const title = 'Trump’s Crackdown & Chinese Students: Café Édition';
    const data = dataOf(values({ title, slug: '' }));
    expect(data.slug).toBe(slugify(title));
    expect(data.slug).toBe('trumps-crackdown-and-chinese-students-cafe-edition');
  });

  it('treats a whitespace-only slug as empty and generates it from the title', () => {
    expect(dataOf(values({ title: 'Hello World', slug: '   ' })).slug).toBe('hello-world');
  });

  it('keeps a slug the editor typed, lower-cased', () => {
    expect(dataOf(values({ title: 'Something else', slug: 'My-Own-Slug' })).slug).toBe('my-own-slug');
  });

  it.each([
    ['Bad Slug', SLUG_MESSAGE],
    ['a--b', SLUG_MESSAGE],
    ['-a', SLUG_MESSAGE],
    ['a-', SLUG_MESSAGE],
    ['ünïcode', SLUG_MESSAGE],
    ['a/b', SLUG_MESSAGE],
    ['x'.repeat(121), 'Keep the slug under 120 characters.'],
  ])('rejects the slug %j with a message on slug', (slug, message) => {
    const errors = errorsOf(values({ slug }));
    expect(errors.slug).toBe(message);
    expect(Object.keys(errors)).toEqual(['slug']);
  });

  it('accepts a slug of exactly 120 characters', () => {
    expect(dataOf(values({ slug: 'x'.repeat(120) })).slug).toBe('x'.repeat(120));
  });

  it('rejects a title that slugifies to nothing when no slug is given', () => {
    expect(errorsOf(values({ title: '!!!', slug: '' })).slug).toBe(SLUG_MESSAGE);
  });
});

describe('validateArticle: required fields and limits', () => {
  it('requires a title', () => {
    expect(errorsOf(values({ title: '' })).title).toBe('Give the piece a title.');
    expect(errorsOf(values({ title: '   ' })).title).toBe('Give the piece a title.');
  });

  it('accepts a 300-character title and rejects 301', () => {
    expect(dataOf(values({ title: 'a'.repeat(300) })).title).toHaveLength(300);
    expect(dataOf(values({ title: `  ${'a'.repeat(300)}  ` })).title).toHaveLength(300);
    expect(errorsOf(values({ title: 'a'.repeat(301) })).title).toBe('Keep the title under 300 characters.');
  });

  it('requires a content type', () => {
    expect(errorsOf(values({ typeId: '' })).typeId).toBe('Choose a content type.');
  });

  it('requires at least one author', () => {
    expect(errorsOf(values({ authorIds: [] })).authorIds).toBe('Add at least one author.');
  });

  it('rejects an author listed twice', () => {
    expect(errorsOf(values({ authorIds: ['author-1', 'author-2', 'author-1'] })).authorIds).toBe('An author is listed twice.');
  });

  it('allows up to four pinned pieces and rejects a fifth', () => {
    expect(dataOf(values({ pinnedIds: ['a', 'b', 'c', 'd'] })).pinnedIds).toEqual(['a', 'b', 'c', 'd']);
    expect(errorsOf(values({ pinnedIds: ['a', 'b', 'c', 'd', 'e'] })).pinnedIds).toBe('Pin at most four related pieces.');
  });

  it('limits the summary and the pull quote', () => {
    expect(errorsOf(values({ dek: 'a'.repeat(801) })).dek).toBe('Keep the summary under 800 characters.');
    expect(errorsOf(values({ pullQuote: 'a'.repeat(401) })).pullQuote).toBe('Keep this under 400 characters.');
  });

  it('reports several fields at once', () => {
    const errors = errorsOf(values({ title: '', typeId: '', authorIds: [] }));
    expect(errors).toEqual({
      title: 'Give the piece a title.',
      typeId: 'Choose a content type.',
      authorIds: 'Add at least one author.',
    });
  });
});

describe('validateArticle: outlet, links and image', () => {
  it('rejects an outlet name without an address, with the error on outletUrl', () => {
    const errors = errorsOf(values({ outletName: 'Foreign Affairs', outletUrl: '' }));
    expect(errors).toEqual({ outletUrl: OUTLET_MESSAGE });
  });

  it('rejects an outlet address without a name, with the error on outletName', () => {
    const errors = errorsOf(values({ outletName: '', outletUrl: 'https://www.foreignaffairs.com/x' }));
    expect(errors).toEqual({ outletName: OUTLET_MESSAGE });
  });

  it.each(['https://example.com/a', 'http://example.com', 'HTTPS://EXAMPLE.COM/', '/reports/arctic.pdf'])(
    'accepts the address %j',
    (url) => {
      const data = dataOf(values({ outletName: 'Outlet', outletUrl: url, pdfUrl: url }));
      expect(data.outletUrl).toBe(url);
      expect(data.pdfUrl).toBe(url);
    },
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'ftp://x', 'not a url', 'example.com', 'https://', 'https://exa mple.com', 'data:text/html,x', '//evil.example/x.pdf'])(
    'rejects the address %j in every URL field',
    (url) => {
      const errors = errorsOf(values({ outletName: 'Outlet', outletUrl: url, featuredImageUrl: url, featuredImageAlt: 'alt', pdfUrl: url }));
      expect(errors.outletUrl).toBe(WEB_ADDRESS_MESSAGE);
      expect(errors.featuredImageUrl).toBe(WEB_ADDRESS_MESSAGE);
      expect(errors.pdfUrl).toBe(WEB_ADDRESS_MESSAGE);
    },
  );

  it('requires alt text for a featured image', () => {
    expect(errorsOf(values({ featuredImageUrl: 'https://example.com/i.jpg', featuredImageAlt: '' }))).toEqual({
      featuredImageAlt: 'Describe the image for readers who cannot see it.',
    });
    expect(errorsOf(values({ featuredImageUrl: 'https://example.com/i.jpg', featuredImageAlt: '   ' })).featuredImageAlt).toBe(
      'Describe the image for readers who cannot see it.',
    );
  });

  it('allows alt text without an image', () => {
    expect(dataOf(values({ featuredImageUrl: '', featuredImageAlt: 'orphan alt' })).featuredImageAlt).toBe('orphan alt');
  });
});

describe('validateArticle: error shape', () => {
  it('returns the FIRST message for a field that has several issues', () => {
    const input = values({ authorIds: ['', 'x'.repeat(121)] });
    const parsed = articleInput.safeParse(input);
    expect(parsed.success).toBe(false);
    const authorMessages = (parsed.error?.issues ?? []).filter((i) => i.path[0] === 'authorIds').map((i) => i.message);
    // Sanity: two different messages, so the test can tell first from last.
    expect(authorMessages).toHaveLength(2);
    expect(authorMessages[0]).not.toBe(authorMessages[1]);

    const errors = errorsOf(input);
    expect(errors.authorIds).toBe(authorMessages[0]);
    expect(Object.keys(errors)).toEqual(['authorIds']);
  });

  it('keys nested issues by the top-level field name', () => {
    const errors = errorsOf(values({ topicIds: ['ok', ''] }));
    expect(Object.keys(errors)).toEqual(['topicIds']);
    expect(typeof errors.topicIds).toBe('string');
  });
});

describe('articleFormValues', () => {
  it('reads a real FormData, keeping repeated ids in order and dropping empty ones', () => {
    const form = new FormData();
    form.set('title', '  A Title ');
    form.set('slug', 'a-title');
    form.set('typeId', 'type-1');
    form.set('dek', 'Dek');
    form.set('body', 'Body');
    form.append('authorIds', 'author-c');
    form.append('authorIds', 'author-a');
    form.append('authorIds', '');
    form.append('authorIds', 'author-b');
    form.append('topicIds', 'topic-2');
    form.append('topicIds', 'topic-1');
    form.append('pinnedIds', 'p1');
    form.set('outletUrl', 'https://example.com');
    form.set('featured', 'on');

    const v = articleFormValues(form);
    expect(v.authorIds).toEqual(['author-c', 'author-a', 'author-b']);
    expect(v.topicIds).toEqual(['topic-2', 'topic-1']);
    expect(v.programIds).toEqual([]);
    expect(v.pinnedIds).toEqual(['p1']);
    expect(v.title).toBe('  A Title ');
    expect(v.slug).toBe('a-title');
    expect(v.outletUrl).toBe('https://example.com');
    // Missing inputs read as empty strings, not "null".
    expect(v.pullQuote).toBe('');
    expect(v.outletName).toBe('');
    expect(v.featuredImageUrl).toBe('');
    expect(v.featured).toBe(true);
  });

  it("reads featured as false unless the checkbox sent 'on'", () => {
    const form = new FormData();
    expect(articleFormValues(form).featured).toBe(false);
    form.set('featured', 'true');
    expect(articleFormValues(form).featured).toBe(false);
    form.set('featured', 'off');
    expect(articleFormValues(form).featured).toBe(false);
  });

  it('feeds straight into validateArticle', () => {
    const form = new FormData();
    form.set('title', 'From The Form');
    form.set('typeId', 'type-1');
    form.append('authorIds', 'a1');
    form.append('authorIds', 'a2');
    form.set('featured', 'on');
    const data = dataOf(articleFormValues(form));
    expect(data.slug).toBe('from-the-form');
    expect(data.authorIds).toEqual(['a1', 'a2']);
    expect(data.featured).toBe(true);
    expect(data.outletName).toBeNull();
  });
});

describe('scheduleInput', () => {
  const firstMessage = (value: string) => {
    const result = scheduleInput.safeParse(value);
    expect(result.success).toBe(false);
    return result.error?.issues[0]?.message;
  };

  it('rejects an empty value', () => {
    expect(firstMessage('')).toBe('Choose a date and time.');
  });

  it.each(['not a date', '2025-13-45T99:99', 'tomorrow'])('rejects the invalid date %j', (value) => {
    expect(firstMessage(value)).toBe('Choose a valid date and time.');
  });

  it('rejects a time in the past', () => {
    expect(firstMessage('2000-01-01T00:00:00.000Z')).toBe('Choose a time in the future, or publish now.');
    expect(firstMessage(new Date(Date.now() - 60 * 60 * 1000).toISOString())).toBe('Choose a time in the future, or publish now.');
  });

  it('accepts a future ISO string and returns a Date', () => {
    const iso = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    const result = scheduleInput.safeParse(iso);
    expect(result.success).toBe(true);
    expect(result.data).toBeInstanceOf(Date);
    expect(result.data?.toISOString()).toBe(iso);
  });
});

describe('the one field list', () => {
  it('every field it names is read from the form and present, empty, in a new piece', async () => {
    const { ARTICLE_FIELD_NAMES, emptyArticleValues } = await import('./article');
    const form = new FormData();
    for (const name of ARTICLE_FIELD_NAMES) form.append(name, name === 'featured' ? 'on' : `${name}-value`);
    const read = articleFormValues(form);
    expect(Object.keys(read).sort()).toEqual([...ARTICLE_FIELD_NAMES].sort());
    expect(read.featured).toBe(true);
    expect(read.authorIds).toEqual(['authorIds-value']);
    expect(Object.keys(emptyArticleValues()).sort()).toEqual([...ARTICLE_FIELD_NAMES].sort());
  });

  it('a comparison shows every field that differs, lists in byline order, and nothing when none does', async () => {
    const { articleChanges } = await import('./article');
    const before = { title: 'Same', authorIds: ['a', 'b'], topicIds: ['t1'], outletName: 'War on the Rocks', featured: false, pullQuote: null };
    expect(articleChanges(before, { ...before, pullQuote: '' })).toEqual([]);
    const changes = articleChanges(before, { ...before, authorIds: ['b', 'a'], outletName: null, featured: true });
    expect(changes.map((c) => c.name)).toEqual(['authorIds', 'outletName', 'featured']);
    expect(changes[0]).toMatchObject({ label: 'Authors', before: 'a\nb', after: 'b\na' });
    expect(changes[1]).toMatchObject({ kind: 'text', before: 'War on the Rocks', after: '' });
  });
});

describe('validateArticle: podcast episodes', () => {
  it('an episode keeps its show, library audio, numbers, explicit flag, guests and transcript', () => {
    const data = dataOf(values({ showId: 'show-1', audioUrl: '/media/talk.mp3', season: ' 2 ', episodeNumber: '14', explicit: true, guestIds: ['g1', 'g2'], transcript: '  Ann: Hello.  ' }));
    expect(data).toMatchObject({ showId: 'show-1', audioUrl: '/media/talk.mp3', season: 2, episodeNumber: 14, explicit: true, guestIds: ['g1', 'g2'], transcript: 'Ann: Hello.' });
  });

  it('a piece without a show stores no episode fields', () => {
    expect(dataOf(values())).toMatchObject({ showId: null, audioUrl: null, season: null, episodeNumber: null, explicit: false, guestIds: [], transcript: '' });
  });

  it('an episode needs its audio, from the media library', () => {
    expect(errorsOf(values({ showId: 'show-1' })).audioUrl).toBe('An episode needs its audio: choose a file from the media library.');
    expect(errorsOf(values({ showId: 'show-1', audioUrl: 'https://cdn.example/ep.mp3' })).audioUrl).toContain('from the media library');
  });

  it('episode details without a show are refused rather than silently dropped', () => {
    expect(errorsOf(values({ audioUrl: '/media/talk.mp3', transcript: 'Ann: Hello.' })).showId).toContain('Choose the podcast show');
    expect(errorsOf(values({ guestIds: ['g1'] })).showId).toContain('Choose the podcast show');
  });

  it('numbers are whole and from 1; a guest is listed once', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '99999']) expect(errorsOf(values({ showId: 's', audioUrl: '/media/a.mp3', season: bad })).season).toContain('whole number');
    expect(errorsOf(values({ showId: 's', audioUrl: '/media/a.mp3', episodeNumber: 'x' })).episodeNumber).toContain('episode number');
    expect(errorsOf(values({ showId: 's', audioUrl: '/media/a.mp3', guestIds: ['g1', 'g1'] })).guestIds).toBe('A guest is listed twice.');
  });
});

describe('parseSnapshot', () => {
  it('a snapshot written before the episode fields existed reads as a piece that is not an episode', async () => {
    const { parseSnapshot } = await import('./article');
    const old = dataOf(values()) as Record<string, unknown>;
    for (const k of ['showId', 'audioUrl', 'season', 'episodeNumber', 'explicit', 'guestIds', 'transcript', 'eventStartsAt', 'eventEndsAt', 'eventVenue', 'eventOnlineUrl', 'registrationOpen', 'registrationCapacity', 'recordingUrl']) delete old[k];
    expect(parseSnapshot(JSON.stringify(old))).toEqual(dataOf(values()));
  });

  it('keeps every stored field as it was', async () => {
    const { parseSnapshot } = await import('./article');
    const stored = dataOf(values({ showId: 's', audioUrl: '/media/a.mp3', season: '3', guestIds: ['g'] }));
    expect(parseSnapshot(JSON.stringify(stored))).toEqual(stored);
  });
});

describe('validateArticle: events', () => {
  const event = (over: Partial<ArticleFormValues> = {}) => values({ eventStartsAt: '2027-03-16T10:00', eventVenue: 'Hall A', ...over });

  it('reads the start and end as Washington wall-clock times, for that date’s daylight-saving rules', () => {
    // Before and after the change of March 14, 2027: EST is UTC−5, EDT UTC−4.
    expect(dataOf(event({ eventStartsAt: '2027-03-12T10:00' })).eventStartsAt?.toISOString()).toBe('2027-03-12T15:00:00.000Z');
    const data = dataOf(event({ eventEndsAt: '2027-03-16T11:30' }));
    expect(data.eventStartsAt?.toISOString()).toBe('2027-03-16T14:00:00.000Z');
    expect(data.eventEndsAt?.toISOString()).toBe('2027-03-16T15:30:00.000Z');
  });

  it('refuses a time the clocks skip, an end before the start, and an event with nowhere to be', () => {
    expect(errorsOf(event({ eventStartsAt: '2027-03-14T02:30' })).eventStartsAt).toContain('does not exist in America/New_York');
    expect(errorsOf(event({ eventEndsAt: '2027-03-16T09:00' })).eventEndsAt).toBe('The event must end after it starts.');
    expect(errorsOf(event({ eventVenue: '' })).eventVenue).toBe('Say where the event takes place, or give its online link.');
    expect(dataOf(event({ eventVenue: '', eventOnlineUrl: 'https://example.org/live' })).eventOnlineUrl).toBe('https://example.org/live');
  });

  it('event details without a start are refused; a recording must be a video or library audio', () => {
    expect(errorsOf(values({ eventVenue: 'Hall A' })).eventStartsAt).toContain('Give the event’s start');
    expect(errorsOf(event({ recordingUrl: 'https://example.org/page' })).recordingUrl).toContain('YouTube or Vimeo');
    expect(dataOf(event({ recordingUrl: '/media/launch.mp3', transcript: 'Moderator: Welcome.' }))).toMatchObject({ recordingUrl: '/media/launch.mp3', transcript: 'Moderator: Welcome.' });
  });

  it('the editor shows a stored time back as the Washington wall clock', async () => {
    const { wallTimeOf } = await import('./article');
    expect(wallTimeOf(new Date('2027-03-16T14:00:00Z'))).toBe('2027-03-16T10:00:00');
    expect(wallTimeOf('2027-11-07T06:30:00.000Z')).toBe('2027-11-07T01:30:00');
    expect(wallTimeOf('2027-03-16T10:00')).toBe('2027-03-16T10:00');
    expect(wallTimeOf(null)).toBe('');
  });
});

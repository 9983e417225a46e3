// The public read API as another site or tool uses it: validated against its
// own OpenAPI 3.1 description, paged by cursor, cacheable by ETag, open to
// other origins, and public data only.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';

// ajv and ajv-formats are CommonJS: under ESM their export is the default's own default.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
import { test, expect, SOURCE } from './fixtures';
import { articles, authors, podcastShows, programs, topics } from '../prisma/seed/content';

const published = articles.filter((a) => !a.status);
const draft = articles.find((a) => a.status === 'DRAFT')!;

async function apiSchemas(request: import('@playwright/test').APIRequestContext) {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'api', components: doc.components });
  return (name: string) => ajv.getSchema(`api#/components/schemas/${name}`)!;
}

test.describe('public read API', () => {
  test('the OpenAPI 3.1 description is valid and names this site as the server', async ({ request, baseURL }) => {
    const res = await request.get('/api/v1/openapi.json');
    expect(res.status()).toBe(200);
    const doc = await res.json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe(`${baseURL}/api/v1`);
  });

  test('pieces page by cursor, newest first, every public piece once and no draft; each page matches the schema', async ({ request }) => {
    const schema = (await apiSchemas(request))('PiecePage');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: import('@playwright/test').APIResponse = await request.get(`/api/v1/pieces?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status()).toBe(200);
      const body: { data: { slug: string }[]; next_cursor: string | null } = await res.json();
      expect(schema(body), JSON.stringify(schema.errors)).toBe(true);
      seen.push(...body.data.map((p) => p.slug));
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen.length).toBe(published.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain(draft.slug);
    const order = [...published].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((a) => a.publishedAt);
    const dates = seen.map((slug) => published.find((a) => a.slug === slug)!.publishedAt);
    expect(dates).toEqual(order);
  });

  test('filters narrow pieces to a type, topic, expert or program; a piece carries its authors in byline order and its body', async ({ request, baseURL }) => {
    const slugs = async (q: string) => ((await (await request.get(`/api/v1/pieces?limit=100&${q}`)).json()).data as { slug: string }[]).map((p) => p.slug).sort();
    expect(await slugs('type=podcast')).toEqual(published.filter((a) => a.type === 'podcast').map((a) => a.slug).sort());
    expect(await slugs('program=transatlantic-security')).toEqual(published.filter((a) => a.programs.includes('transatlantic-security')).map((a) => a.slug).sort());
    expect(await slugs('expert=jim-townsend')).toEqual(published.filter((a) => a.authors.includes('jim-townsend')).map((a) => a.slug).sort());
    expect(await slugs('topic=china')).toEqual(published.filter((a) => a.topics.includes('china')).map((a) => a.slug).sort());
    expect(await slugs('topic=no-such-topic')).toEqual([]);

    const check = await apiSchemas(request);
    const piece = await (await request.get(`/api/v1/pieces/${SOURCE.slug}`)).json();
    expect(check('Piece')(piece), JSON.stringify(check('Piece').errors)).toBe(true);
    expect(piece.authors.map((a: { name: string }) => a.name)).toEqual(SOURCE.authors.map((a) => a.name));
    expect(piece.original_outlet.name).toBe(SOURCE.outlet);
    expect(piece.url).toBe(`${baseURL}/publications/${SOURCE.slug}`);
    expect(piece.body_html).toContain('<p>');
  });

  test('experts, topics and programs: public fields only, experts paged by family name', async ({ request }) => {
    const check = await apiSchemas(request);
    const first = await (await request.get('/api/v1/experts?limit=5')).json();
    expect(check('ExpertPage')(first), JSON.stringify(check('ExpertPage').errors)).toBe(true);
    const second = await (await request.get(`/api/v1/experts?limit=100&cursor=${first.next_cursor}`)).json();
    const all = [...first.data, ...second.data].map((e: { slug: string }) => e.slug);
    expect(all).toEqual([...authors].sort((a, b) => a.sortName.localeCompare(b.sortName)).map((a) => a.slug));
    expect(second.next_cursor).toBeNull();
    const inProgram = await (await request.get('/api/v1/experts?program=defense')).json();
    expect(inProgram.data.map((e: { slug: string }) => e.slug).sort()).toEqual(authors.filter((a) => a.program === 'defense').map((a) => a.slug).sort());
    const expert = await request.get('/api/v1/experts/elsa-b-kania');
    const text = await expert.text();
    expect(check('Expert')(JSON.parse(text))).toBe(true);
    // Nothing of a staff account (an expert can be one) leaks.
    expect(text).not.toMatch(/@example\.org|user_?id|password/i);

    const topicList = await (await request.get('/api/v1/topics')).json();
    expect(check('TopicList')(topicList)).toBe(true);
    expect(topicList.data.length).toBe(topics.length);
    const programList = await (await request.get('/api/v1/programs')).json();
    expect(check('ProgramList')(programList)).toBe(true);
    expect(programList.data.find((p: { slug: string }) => p.slug === 'transatlantic-security').director.slug).toBe('andrea-kendall-taylor');
    expect(programList.data.length).toBe(programs.length);
  });

  test('podcast shows and episodes, and events: the show list with its feed, episodes by show, an episode with its audio, guests and transcript, an event with its times', async ({ request, baseURL }) => {
    const check = await apiSchemas(request);
    const show = podcastShows[0];
    const shows = await (await request.get('/api/v1/podcasts')).json();
    expect(check('ShowList')(shows), JSON.stringify(check('ShowList').errors)).toBe(true);
    expect(shows.data).toEqual([expect.objectContaining({ slug: show.slug, name: show.name, episode_count: show.episodes.length, feed_url: `${baseURL}/feeds/podcast/${show.slug}.xml` })]);
    const episodes = await (await request.get(`/api/v1/pieces?show=${show.slug}`)).json();
    expect(episodes.data.map((p: { slug: string }) => p.slug).sort()).toEqual(show.episodes.map((e) => e.article).sort());

    const withGuest = show.episodes.find((e) => e.guests?.length)!;
    const piece = await (await request.get(`/api/v1/pieces/${withGuest.article}`)).json();
    expect(check('Piece')(piece), JSON.stringify(check('Piece').errors)).toBe(true);
    expect(piece.episode).toMatchObject({
      show: { slug: show.slug, name: show.name },
      audio: { content_type: 'audio/mpeg', url: expect.stringMatching(/^http.+\/media\/.+\.mp3$/) },
      season: withGuest.season,
      episode_number: withGuest.episode,
      explicit: false,
      guests: withGuest.guests!.map((g) => expect.objectContaining({ slug: g })),
      transcript_url: `${baseURL}/publications/${withGuest.article}/transcript.txt`,
    });
    // The size the API states is the file's.
    const audio = await request.get(piece.episode.audio.url);
    expect((await audio.body()).length).toBe(piece.episode.audio.size_bytes);
    expect(piece.episode.audio.duration_seconds).toBeGreaterThan(5);
    // A piece that is not an episode says so.
    expect((await (await request.get(`/api/v1/pieces/${SOURCE.slug}`)).json()).episode).toBeNull();

    // An event: its times in UTC, where, and whether places remain.
    const event = await (await request.get('/api/v1/pieces/transatlantic-security-forum-2027')).json();
    expect(check('Piece')(event), JSON.stringify(check('Piece').errors)).toBe(true);
    expect(event.event).toMatchObject({ starts_at: '2027-03-16T14:00:00.000Z', registration: 'open', calendar_url: `${baseURL}/publications/transatlantic-security-forum-2027/event.ics` });

    // The events list: upcoming soonest first, past latest first, each page by cursor.
    const upcoming = await (await request.get('/api/v1/events')).json();
    expect(check('EventPage')(upcoming), JSON.stringify(check('EventPage').errors)).toBe(true);
    expect(upcoming.data.map((e: { slug: string }) => e.slug)).toContain('transatlantic-security-forum-2027');
    expect(upcoming.data.map((e: { slug: string }) => e.slug)).not.toContain('book-launch-the-new-arms-race-in-space');
    // Whether places remain, as the piece itself says.
    expect(upcoming.data.find((e: { slug: string }) => e.slug === 'transatlantic-security-forum-2027').registration).toBe(event.event.registration);
    const starts = upcoming.data.map((e: { starts_at: string }) => e.starts_at);
    expect(starts).toEqual([...starts].sort());
    const past = await (await request.get('/api/v1/events?when=past&limit=1')).json();
    expect(check('EventPage')(past)).toBe(true);
    const pastSlugs: string[] = past.data.map((e: { slug: string }) => e.slug);
    for (let cursor = past.next_cursor; cursor; ) {
      const next = await (await request.get(`/api/v1/events?when=past&limit=1&cursor=${cursor}`)).json();
      pastSlugs.push(...next.data.map((e: { slug: string }) => e.slug));
      cursor = next.next_cursor;
    }
    expect(pastSlugs).toContain('book-launch-the-new-arms-race-in-space');
    expect(past.data[0].registration).toBe('closed');
    expect(new Set(pastSlugs).size).toBe(pastSlugs.length);
    expect((await request.get('/api/v1/events?when=soon')).status()).toBe(400);
  });

  test('an unchanged answer is 304 with its ETag; any origin may read it; broken requests are JSON 4xx', async ({ request }) => {
    const first = await request.get('/api/v1/pieces?limit=3');
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers()['access-control-allow-origin']).toBe('*');
    expect(first.headers()['cache-control']).toContain('public');
    const again = await request.get('/api/v1/pieces?limit=3', { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()['etag']).toBe(etag);
    const other = await request.get('/api/v1/pieces?limit=4', { headers: { 'If-None-Match': etag } });
    expect(other.status()).toBe(200);

    const preflight = await request.fetch('/api/v1/pieces', { method: 'OPTIONS', headers: { Origin: 'https://example.net', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-methods']).toContain('GET');

    for (const [path, status] of [
      ['/api/v1/pieces?limit=0', 400],
      ['/api/v1/pieces?limit=abc', 400],
      ['/api/v1/pieces?cursor=not-a-cursor', 400],
      ['/api/v1/pieces?type=../../etc', 400],
      [`/api/v1/pieces/${draft.slug}`, 404],
      ['/api/v1/pieces/__proto__', 404],
      ['/api/v1/experts/nobody-at-all', 404],
      ['/api/v1/nothing-here', 404],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(status);
      const body = await res.json();
      expect(body.error.status, path).toBe(status);
      expect(JSON.stringify(body), path).not.toMatch(/at \w+ \(|node_modules|prisma/i);
    }
    expect((await request.post('/api/v1/pieces', { data: {} })).status()).toBe(405);
  });
});

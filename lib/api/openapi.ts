import { site } from '../site';
import { DEFAULT_LIMIT, MAX_LIMIT } from './resources';

// The OpenAPI 3.1 description of the read API, served at /api/v1/openapi.json.
// Tests validate this document and check real responses against its schemas.

const named = { type: 'object', required: ['slug', 'name'], properties: { slug: { type: 'string' }, name: { type: 'string' } }, additionalProperties: false } as const;
const nullable = (schema: object) => ({ oneOf: [{ type: 'null' }, schema] });
const link = { type: 'string', format: 'uri' } as const;
const outlet = nullable({ type: 'object', required: ['name', 'url'], properties: { name: { type: 'string' }, url: { type: ['string', 'null'] } }, additionalProperties: false });
const image = nullable({ type: 'object', required: ['url', 'alt'], properties: { url: { type: 'string' }, alt: { type: 'string' } }, additionalProperties: false });
const pageOf = (ref: string) => ({
  type: 'object',
  required: ['data', 'next_cursor'],
  properties: { data: { type: 'array', items: { $ref: ref } }, next_cursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' } },
  additionalProperties: false,
});

const pieceCommon = {
  slug: { type: 'string' },
  title: { type: 'string' },
  summary: { type: 'string' },
  url: link,
  published_at: { type: 'string', format: 'date-time' },
  updated_at: { type: 'string', format: 'date-time' },
  type: { $ref: '#/components/schemas/Named' },
  programs: { type: 'array', items: { $ref: '#/components/schemas/Named' } },
  original_outlet: outlet,
};

const listParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The `next_cursor` of the previous page.' },
];
const slugFilter = (name: string, what: string) => ({ name, in: 'query', schema: { type: 'string', pattern: '^[a-z0-9-]+$' }, description: `Only ${what} (its slug).` });
const slugPath = { name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } };

const ok = (ref: string, description: string) => ({
  description,
  headers: {
    ETag: { schema: { type: 'string' }, description: 'Send back as If-None-Match to get 304 Not Modified when nothing changed.' },
    'RateLimit-Remaining': { schema: { type: 'integer' } },
  },
  content: { 'application/json': { schema: { $ref: ref } } },
});
const errors = {
  '304': { description: 'Not modified since the ETag sent in If-None-Match.' },
  '400': { description: 'A parameter is malformed.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'Nothing public at this address.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '429': { description: 'Too many requests from one address.', headers: { 'Retry-After': { schema: { type: 'integer' } } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: `${site.shortName} public read API`,
      version: '1.0.0',
      description: `Published pieces (podcast episodes among them), experts, topics, research programs and podcast shows of ${site.name}. Public data only; no key needed. Lists are newest first (pieces) or by family name (experts) and page with an opaque cursor.`,
    },
    servers: [{ url: `${site.url}/api/v1` }],
    paths: {
      '/pieces': {
        get: {
          operationId: 'listPieces',
          summary: 'Published pieces, newest first',
          parameters: [...listParams, slugFilter('type', 'pieces of this type'), slugFilter('topic', 'pieces on this topic or region'), slugFilter('expert', 'pieces by this expert'), slugFilter('program', 'pieces in this research program'), slugFilter('show', 'episodes of this podcast show')],
          responses: { '200': ok('#/components/schemas/PiecePage', 'A page of pieces.'), ...errors },
        },
      },
      '/pieces/{slug}': {
        get: { operationId: 'getPiece', summary: 'One published piece with its body', parameters: [slugPath], responses: { '200': ok('#/components/schemas/Piece', 'The piece.'), ...errors } },
      },
      '/experts': {
        get: {
          operationId: 'listExperts',
          summary: 'Experts by family name',
          parameters: [...listParams, slugFilter('program', 'experts in this research program')],
          responses: { '200': ok('#/components/schemas/ExpertPage', 'A page of experts.'), ...errors },
        },
      },
      '/experts/{slug}': {
        get: { operationId: 'getExpert', summary: 'One expert', parameters: [slugPath], responses: { '200': ok('#/components/schemas/Expert', 'The expert.'), ...errors } },
      },
      '/topics': { get: { operationId: 'listTopics', summary: 'Every topic and region', responses: { '200': ok('#/components/schemas/TopicList', 'All topics.'), '304': errors['304'], '429': errors['429'] } } },
      '/programs': { get: { operationId: 'listPrograms', summary: 'Every research program', responses: { '200': ok('#/components/schemas/ProgramList', 'All programs.'), '304': errors['304'], '429': errors['429'] } } },
      '/events': {
        get: {
          operationId: 'listEvents',
          summary: 'Events: upcoming soonest first, or past latest first',
          parameters: [
            ...listParams,
            { name: 'when', in: 'query', schema: { enum: ['upcoming', 'past'], default: 'upcoming' }, description: 'Upcoming (not yet ended) or past events.' },
            slugFilter('program', 'events of this research program'),
            slugFilter('topic', 'events on this topic or region'),
          ],
          responses: { '200': ok('#/components/schemas/EventPage', 'A page of events.'), ...errors },
        },
      },
      '/podcasts': { get: { operationId: 'listPodcasts', summary: 'Every podcast show, with its feed', responses: { '200': ok('#/components/schemas/ShowList', 'All shows.'), '304': errors['304'], '429': errors['429'] } } },
    },
    components: {
      schemas: {
        Named: named,
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['status', 'title', 'detail'], properties: { status: { type: 'integer' }, title: { type: 'string' }, detail: { type: 'string' } } } },
        },
        PieceSummary: {
          type: 'object',
          required: [...Object.keys(pieceCommon), 'authors', 'topics'],
          properties: { ...pieceCommon, authors: { type: 'array', items: { $ref: '#/components/schemas/Named' }, description: 'In byline order.' }, topics: { type: 'array', items: { $ref: '#/components/schemas/Named' } } },
          additionalProperties: false,
        },
        Piece: {
          type: 'object',
          required: [...Object.keys(pieceCommon), 'authors', 'topics', 'featured_image', 'pdf_url', 'body_html', 'episode', 'event'],
          properties: {
            ...pieceCommon,
            authors: { type: 'array', description: 'In byline order.', items: { type: 'object', required: ['slug', 'name', 'title'], properties: { slug: { type: 'string' }, name: { type: 'string' }, title: { type: 'string' } }, additionalProperties: false } },
            topics: { type: 'array', items: { type: 'object', required: ['slug', 'name', 'kind'], properties: { slug: { type: 'string' }, name: { type: 'string' }, kind: { enum: ['topic', 'region'] } }, additionalProperties: false } },
            featured_image: image,
            pdf_url: { type: ['string', 'null'] },
            body_html: { type: 'string', description: 'The body as the site shows it (sanitized HTML); for an episode, its show notes.' },
            episode: nullable({ $ref: '#/components/schemas/Episode' }),
            event: nullable({ $ref: '#/components/schemas/Event' }),
          },
          additionalProperties: false,
        },
        PiecePage: pageOf('#/components/schemas/PieceSummary'),
        Expert: {
          type: 'object',
          required: ['slug', 'name', 'title', 'url', 'photo', 'program', 'bio_markdown'],
          properties: { slug: { type: 'string' }, name: { type: 'string' }, title: { type: 'string' }, url: link, photo: image, program: nullable({ $ref: '#/components/schemas/Named' }), bio_markdown: { type: 'string' } },
          additionalProperties: false,
        },
        ExpertPage: pageOf('#/components/schemas/Expert'),
        Topic: {
          type: 'object',
          required: ['slug', 'name', 'kind', 'description', 'url'],
          properties: { slug: { type: 'string' }, name: { type: 'string' }, kind: { enum: ['topic', 'region'] }, description: { type: 'string' }, url: link },
          additionalProperties: false,
        },
        TopicList: pageOf('#/components/schemas/Topic'),
        Program: {
          type: 'object',
          required: ['slug', 'name', 'description', 'url', 'director'],
          properties: { slug: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' }, url: link, director: nullable({ $ref: '#/components/schemas/Named' }) },
          additionalProperties: false,
        },
        ProgramList: pageOf('#/components/schemas/Program'),
        Episode: {
          type: 'object',
          description: 'Set when the piece is a podcast episode.',
          required: ['show', 'audio', 'season', 'episode_number', 'explicit', 'guests', 'transcript_url'],
          properties: {
            show: { type: 'object', required: ['slug', 'name', 'url', 'feed_url'], properties: { slug: { type: 'string' }, name: { type: 'string' }, url: link, feed_url: link }, additionalProperties: false },
            audio: nullable({
              type: 'object',
              required: ['url', 'content_type', 'size_bytes', 'duration_seconds'],
              properties: { url: link, content_type: { type: 'string' }, size_bytes: { type: 'integer' }, duration_seconds: { type: ['integer', 'null'] } },
              additionalProperties: false,
            }),
            season: { type: ['integer', 'null'] },
            episode_number: { type: ['integer', 'null'] },
            explicit: { type: 'boolean' },
            guests: { type: 'array', items: { type: 'object', required: ['slug', 'name', 'title'], properties: { slug: { type: 'string' }, name: { type: 'string' }, title: { type: 'string' } }, additionalProperties: false } },
            transcript_url: { type: ['string', 'null'], format: 'uri' },
          },
          additionalProperties: false,
        },
        Event: {
          type: 'object',
          description: 'Set when the piece is an event. Times are UTC.',
          required: ['starts_at', 'ends_at', 'venue', 'online_url', 'registration', 'calendar_url', 'recording_url'],
          properties: {
            starts_at: { type: 'string', format: 'date-time' },
            ends_at: { type: ['string', 'null'], format: 'date-time' },
            venue: { type: ['string', 'null'] },
            online_url: { type: ['string', 'null'] },
            registration: { enum: ['open', 'waitlist', 'closed'], description: 'Whether the next registrant gets a place, the waiting list, or neither.' },
            calendar_url: link,
            recording_url: { type: ['string', 'null'] },
          },
          additionalProperties: false,
        },
        EventSummary: {
          type: 'object',
          description: 'An event as listed; times are UTC.',
          required: [...Object.keys(pieceCommon), 'authors', 'topics', 'starts_at', 'ends_at', 'venue', 'online_url', 'registration', 'calendar_url'],
          properties: {
            ...pieceCommon,
            authors: { type: 'array', items: { $ref: '#/components/schemas/Named' }, description: 'Speakers and hosts, in order.' },
            topics: { type: 'array', items: { $ref: '#/components/schemas/Named' } },
            starts_at: { type: 'string', format: 'date-time' },
            ends_at: { type: ['string', 'null'], format: 'date-time' },
            venue: { type: ['string', 'null'] },
            online_url: { type: ['string', 'null'] },
            registration: { enum: ['open', 'waitlist', 'closed'], description: 'Whether the next registrant gets a place, the waiting list, or neither.' },
            calendar_url: link,
          },
          additionalProperties: false,
        },
        EventPage: pageOf('#/components/schemas/EventSummary'),
        Show: {
          type: 'object',
          required: ['slug', 'name', 'description', 'url', 'feed_url', 'artwork', 'episode_count'],
          properties: { slug: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' }, url: link, feed_url: link, artwork: image, episode_count: { type: 'integer' } },
          additionalProperties: false,
        },
        ShowList: pageOf('#/components/schemas/Show'),
      },
    },
  };
}

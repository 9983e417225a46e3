import 'server-only';
// The read API's HTTP behaviour in one place: routing, CORS, ETags with 304s,
// cache headers the front files by tag, rate limits, and JSON errors that
// never carry a stack trace.
import { createHash } from 'node:crypto';
import { tags } from '../cache-tags';
import { countAttempt } from '../rate-limit';
import { clientAddress } from '../sign-in-guard';
import { ApiInputError, getExpertApi, getPiece, listExpertsApi, listPieces, listEventsApi, listProgramsApi, listShowsApi, listTopicsApi } from './resources';
import { openApiDocument } from './openapi';

/** Requests per client address per minute that the app itself answers (the front's cached answers do not count). */
export const API_RATE_LIMIT = { requests: Number(process.env.API_RATE_LIMIT ?? 300), windowSeconds: 60 };

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, RateLimit-Limit, RateLimit-Remaining, Retry-After',
} as const;

type Route = { match: RegExp; load: (m: RegExpMatchArray, q: URLSearchParams) => Promise<unknown | null>; tags: (m: RegExpMatchArray) => string[] };

const ROUTES: Route[] = [
  { match: /^pieces$/, load: (_m, q) => listPieces(q), tags: () => [tags.lists, tags.articles, tags.taxonomy] },
  { match: /^pieces\/([^/]+)$/, load: (m) => getPiece(m[1]), tags: (m) => [tags.article(m[1]), tags.articles] },
  { match: /^experts$/, load: (_m, q) => listExpertsApi(q), tags: () => [tags.taxonomy] },
  { match: /^experts\/([^/]+)$/, load: (m) => getExpertApi(m[1]), tags: (m) => [tags.author(m[1]), tags.taxonomy] },
  { match: /^topics$/, load: () => listTopicsApi(), tags: () => [tags.taxonomy] },
  { match: /^programs$/, load: () => listProgramsApi(), tags: () => [tags.taxonomy] },
  { match: /^events$/, load: (_m, q) => listEventsApi(q), tags: () => [tags.events, tags.articles] },
  { match: /^podcasts$/, load: () => listShowsApi(), tags: () => [tags.podcasts, tags.articles] },
  { match: /^openapi\.json$/, load: async () => openApiDocument(), tags: () => [] },
];

function problem(status: number, title: string, detail: string, extra: Record<string, string> = {}) {
  return new Response(JSON.stringify({ error: { status, title, detail } }), {
    status,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

async function overLimit(request: Request): Promise<{ remaining: number } | 'limited' | null> {
  const address = clientAddress(request.headers);
  // Without a trusted front there is no client address worth counting (README, Security).
  if (!address) return null;
  const used = await countAttempt(`api:ip:${address}`, API_RATE_LIMIT.windowSeconds);
  return used > API_RATE_LIMIT.requests ? 'limited' : { remaining: API_RATE_LIMIT.requests - used };
}

/** Answers GET /api/v1/<path>. */
export async function answerApi(request: Request, path: string[]): Promise<Response> {
  const joined = path.join('/');
  const route = ROUTES.map((r) => ({ r, m: joined.match(r.match) })).find((x) => x.m);
  if (!route || !route.m) return problem(404, 'Not found', `There is no /api/v1/${joined}. The API is described at /api/v1/openapi.json.`);
  const limit = await overLimit(request);
  if (limit === 'limited') {
    return problem(429, 'Too many requests', `At most ${API_RATE_LIMIT.requests} requests a minute from one address.`, { 'Retry-After': String(API_RATE_LIMIT.windowSeconds) });
  }
  let data: unknown;
  try {
    data = await route.r.load(route.m, new URL(request.url).searchParams);
  } catch (e) {
    if (e instanceof ApiInputError) return problem(400, 'Bad request', e.message);
    throw e;
  }
  if (data === null) return problem(404, 'Not found', `Nothing public at /api/v1/${joined}.`);
  const body = JSON.stringify(data);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    Vary: 'Accept-Encoding',
  };
  const keys = route.r.tags(route.m);
  if (keys.length) headers.xkey = keys.join(' ');
  if (limit) Object.assign(headers, { 'RateLimit-Limit': String(API_RATE_LIMIT.requests), 'RateLimit-Remaining': String(limit.remaining) });
  const inm = request.headers.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

export function answerPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, 'Access-Control-Max-Age': '86400' } });
}

import { createHmac, timingSafeEqual } from 'node:crypto';

// Newsletter links carry their own proof, signed with the site's secret
// (HMAC-SHA256), so nothing is stored for them:
// - a confirmation link holds the address and what it asked to follow, and
//   expires; until it is clicked the database holds nothing of the request
//   (double opt-in without keeping unconfirmed addresses);
// - a manage/unsubscribe link names the subscriber row; deleting the row
//   (unsubscribing) makes every old link name nothing.

export type FollowKind = 'topic' | 'program' | 'expert';
export type FollowRef = { kind: FollowKind; id: string };
export type ConfirmRequest = { email: string; follows: FollowRef[]; issuedAt: number };

/** How long a confirmation link works. */
export const CONFIRM_TTL_SECONDS = 7 * 24 * 3600;
const KINDS: Record<string, FollowKind> = { t: 'topic', p: 'program', e: 'expert' };
const LETTER: Record<FollowKind, string> = { topic: 't', program: 'p', expert: 'e' };

function key(): string {
  const secret = process.env.NEWSLETTER_SECRET ?? process.env.BETTER_AUTH_SECRET;
  if (secret) return secret;
  // `npm start` always sets one (scripts/start.mjs); only `next dev` and tests get here.
  if (process.env.NODE_ENV === 'production') throw new Error('BETTER_AUTH_SECRET (or NEWSLETTER_SECRET) must be set to sign newsletter links');
  return 'development-only-newsletter-secret';
}

const mac = (purpose: string, payload: string) => createHmac('sha256', key()).update(`${purpose}:${payload}`).digest('base64url');

function verified(purpose: string, token: string): string | null {
  if (token.length > 4000) return null;
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(purpose, payload));
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}

export function confirmToken(request: ConfirmRequest): string {
  const body = { e: request.email, f: request.follows.map((f) => LETTER[f.kind] + f.id), t: request.issuedAt };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${mac('confirm', payload)}`;
}

/** The request a confirmation link carries, or null when it was tampered with or has expired. */
export function readConfirmToken(token: string, nowSeconds = Math.floor(Date.now() / 1000)): ConfirmRequest | null {
  const payload = verified('confirm', token);
  if (!payload) return null;
  try {
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { e: unknown; f: unknown; t: unknown };
    if (typeof body.e !== 'string' || !Array.isArray(body.f) || typeof body.t !== 'number') return null;
    if (nowSeconds - body.t > CONFIRM_TTL_SECONDS || body.t - nowSeconds > 300) return null;
    const follows = body.f.filter((x): x is string => typeof x === 'string' && !!KINDS[x[0]]).map((x) => ({ kind: KINDS[x[0]], id: x.slice(1) }));
    return { email: body.e, follows, issuedAt: body.t };
  } catch {
    return null;
  }
}

export const manageToken = (subscriberId: string) => `${subscriberId}.${mac('manage', subscriberId)}`;

/** The subscriber a manage/unsubscribe link names (the row may since have been deleted). */
export const readManageToken = (token: string): string | null => verified('manage', token);

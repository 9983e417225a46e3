import 'server-only';
// The weekly digest: each confirmed reader gets one e-mail listing the pieces
// published in the week that match what they follow (none, nothing sent).
//
// Every instance's ticker calls sendDueDigests once a minute. Each reader's
// digest is claimed by inserting its (week, reader) row, whose key is unique,
// so of several instances exactly one sends it; the row is marked sent after
// the e-mail went out. A claim a crash left unsent is taken again after
// CLAIM_STALE_MS, and a restart simply carries on with the readers that have
// no row yet. Nothing of the job lives in a process's memory.
import { db } from '../db';
import { site } from '../site';
import { mailConfigured, sendMail } from '../mail';
import { publicWhere } from '../visibility';
import { formatLongDate } from '../dates';
import { escapeHtml } from '../text';
import { duePeriod, nextPeriod, type DigestPeriod } from './period';
import { manageToken, type FollowRef } from './tokens';
import { lostRace } from './index';

export const CLAIM_STALE_MS = 15 * 60_000;
/** Delivery records are kept this long (only to send no week twice), then deleted. */
export const KEEP_DELIVERIES_DAYS = 56;
/** A digest that could not go out within this long after it was due is dropped (it would no longer be news). */
const GIVE_UP_AFTER_MS = 3 * 86_400_000;
const MAX_PIECES = 25;
const BATCH = 50;

type Piece = { id: string; slug: string; title: string; summary: string; publishedAt: Date; type: string; authors: string[]; topicIds: string[]; programIds: string[]; authorIds: string[] };

async function piecesOf(period: DigestPeriod, now: Date): Promise<Piece[]> {
  const rows = await db.article.findMany({
    where: { ...publicWhere(now), publishedAt: { gte: period.from, lt: period.to, lte: now } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: 1000,
    select: {
      id: true, slug: true, title: true, dek: true, publishedAt: true,
      type: { select: { name: true } },
      authors: { orderBy: { position: 'asc' }, select: { author: { select: { id: true, name: true } } } },
      topics: { select: { topicId: true } },
      programs: { select: { programId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id, slug: r.slug, title: r.title, summary: r.dek, publishedAt: r.publishedAt!, type: r.type.name,
    authors: r.authors.map((a) => a.author.name), authorIds: r.authors.map((a) => a.author.id),
    topicIds: r.topics.map((t) => t.topicId), programIds: r.programs.map((p) => p.programId),
  }));
}

type Reader = { id: string; email: string; topicIds: Set<string>; programIds: Set<string>; authorIds: Set<string>; names: string[] };

async function readers(ids: string[]): Promise<Reader[]> {
  const rows = await db.subscriber.findMany({
    where: { id: { in: ids } },
    select: { id: true, email: true, subscriptions: { select: { topicId: true, programId: true, authorId: true, topic: { select: { name: true } }, program: { select: { name: true } }, author: { select: { name: true } } } } },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    topicIds: new Set(r.subscriptions.map((s) => s.topicId).filter((x): x is string => !!x)),
    programIds: new Set(r.subscriptions.map((s) => s.programId).filter((x): x is string => !!x)),
    authorIds: new Set(r.subscriptions.map((s) => s.authorId).filter((x): x is string => !!x)),
    names: r.subscriptions.map((s) => s.topic?.name ?? s.program?.name ?? s.author?.name ?? '').filter(Boolean).sort(),
  }));
}

const matches = (p: Piece, r: Reader) => p.topicIds.some((t) => r.topicIds.has(t)) || p.programIds.some((x) => r.programIds.has(x)) || p.authorIds.some((a) => r.authorIds.has(a));

/**
 * The same digest as HTML, for mail programs that show it: one column, inline
 * styles (mail programs drop style sheets), every piece of our text escaped.
 */
function digestHtml(names: string[], shown: Pick<Piece, 'slug' | 'title' | 'summary' | 'publishedAt' | 'type' | 'authors'>[], more: number, period: DigestPeriod, manage: string): string {
  const e = escapeHtml;
  const link = 'color:#0b3a66;';
  const items = shown
    .map(
      (p) => `<tr><td style="padding:16px 0;border-bottom:1px solid #d9d9d9;">
<p style="margin:0;font:bold 12px/1.4 Arial,sans-serif;letter-spacing:.05em;text-transform:uppercase;color:#a3262a;">${e(p.type)}</p>
<h2 style="margin:4px 0;font:bold 20px/1.3 Georgia,serif;"><a href="${e(`${site.url}/publications/${p.slug}`)}" style="${link}text-decoration:none;">${e(p.title)}</a></h2>
${p.summary ? `<p style="margin:4px 0;font:16px/1.5 Georgia,serif;color:#1a1a1a;">${e(p.summary)}</p>` : ''}
<p style="margin:4px 0 0;font:14px/1.4 Arial,sans-serif;color:#555;">${e([formatLongDate(p.publishedAt), ...(p.authors.length ? [p.authors.join(', ')] : [])].join(' · '))}</p>
</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(site.name)}</title></head>
<body style="margin:0;padding:0;background:#f5f3ef;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f3ef;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;padding:0 24px;">
<tr><td style="padding:24px 0 8px;"><p style="margin:0;font:bold 22px/1.3 Georgia,serif;color:#0b3a66;">${e(site.name)}</p>
<p style="margin:4px 0 0;font:14px/1.4 Arial,sans-serif;color:#555;">New from ${e(formatLongDate(period.from))} to ${e(formatLongDate(period.to))}</p></td></tr>
${items}
${more > 0 ? `<tr><td style="padding:16px 0;font:16px/1.5 Arial,sans-serif;"><a href="${e(`${site.url}/publications`)}" style="${link}">And ${more} more</a></td></tr>` : ''}
<tr><td style="padding:16px 0 24px;font:13px/1.5 Arial,sans-serif;color:#555;">You get this because you follow: ${e(names.join(', '))}.<br><a href="${e(manage)}" style="${link}">Change what you follow, or unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>`;
}

/** The digest e-mail for one reader (exported for its test). */
export function digestMail(reader: Pick<Reader, 'email' | 'names' | 'id'>, pieces: Pick<Piece, 'slug' | 'title' | 'summary' | 'publishedAt' | 'type' | 'authors'>[], period: DigestPeriod) {
  const manage = `${site.url}/newsletter/manage?t=${manageToken(reader.id)}`;
  const oneClick = `${site.url}/api/newsletter/unsubscribe?t=${manageToken(reader.id)}`;
  const shown = pieces.slice(0, MAX_PIECES);
  return {
    to: [reader.email],
    subject: `${site.shortName} this week: ${pieces.length} new ${pieces.length === 1 ? 'piece' : 'pieces'}`,
    text: [
      `New from ${site.name}, ${formatLongDate(period.from)} to ${formatLongDate(period.to)}:`,
      '',
      ...shown.flatMap((p) => [
        p.title,
        `${p.type} · ${formatLongDate(p.publishedAt)}${p.authors.length ? ` · ${p.authors.join(', ')}` : ''}`,
        ...(p.summary ? [p.summary] : []),
        `${site.url}/publications/${p.slug}`,
        '',
      ]),
      ...(pieces.length > shown.length ? [`And ${pieces.length - shown.length} more: ${site.url}/publications`, ''] : []),
      `You get this because you follow: ${reader.names.join(', ')}.`,
      `Change what you follow, or unsubscribe: ${manage}`,
    ].join('\n'),
    html: digestHtml(reader.names, shown, pieces.length - shown.length, period, manage),
    // RFC 8058: mail programs show their own "Unsubscribe" button, which POSTs here.
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

export type DigestPreview = { period: DigestPeriod; pieces: number; mail: ReturnType<typeof digestMail> | null };

/**
 * Staff preview: the digest being gathered now (the next one due) as a reader
 * following `follows` would get it if it went out at `now`.
 */
export async function previewDigest(follows: (FollowRef & { name: string })[], now = new Date()): Promise<DigestPreview> {
  const period = nextPeriod(now, site.timeZone);
  const ids = (kind: FollowRef['kind']) => new Set(follows.filter((f) => f.kind === kind).map((f) => f.id));
  const reader: Reader = { id: 'preview', email: 'reader@example.org', topicIds: ids('topic'), programIds: ids('program'), authorIds: ids('expert'), names: follows.map((f) => f.name).sort() };
  const pieces = (await piecesOf(period, now)).filter((p) => matches(p, reader));
  return { period, pieces: pieces.length, mail: pieces.length ? digestMail(reader, pieces, period) : null };
}

export type DigestRun = { period: string; claimed: number; sent: number; empty: number; failed: number };

/**
 * Sends the digest that is due at `now` to every reader who has not had it.
 * Safe to run at once on several instances, and again after a crash.
 */
export async function sendDueDigests(now = new Date()): Promise<DigestRun | null> {
  if (!mailConfigured()) return null;
  const period = duePeriod(now, site.timeZone);
  const run: DigestRun = { period: period.key, claimed: 0, sent: 0, empty: 0, failed: 0 };
  // Claims are stamped on the clock `now` runs on, so a claim is stale by the same clock that judges it.
  const started = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - started));
  await db.digestDelivery.deleteMany({ where: { claimedAt: { lt: new Date(now.getTime() - KEEP_DELIVERIES_DAYS * 86_400_000) } } });
  if (now.getTime() - period.to.getTime() > GIVE_UP_AFTER_MS) return run;
  let pieces: Piece[] | null = null;
  for (;;) {
    // Readers who confirmed before the week ended and have no claim for it yet,
    // plus claims a crashed sender left behind.
    const fresh = await db.subscriber.findMany({
      where: { createdAt: { lt: period.to }, deliveries: { none: { period: period.key } } },
      orderBy: { id: 'asc' }, take: BATCH, select: { id: true },
    });
    const stale = await db.digestDelivery.findMany({
      where: { period: period.key, sentAt: null, claimedAt: { lt: new Date(clock().getTime() - CLAIM_STALE_MS) } },
      take: BATCH, select: { subscriberId: true, claimedAt: true },
    });
    if (fresh.length === 0 && stale.length === 0) break;
    const mine: string[] = [];
    for (const { id } of fresh) {
      try {
        await db.digestDelivery.create({ data: { period: period.key, subscriberId: id, claimedAt: clock() } });
        mine.push(id);
      } catch (e) {
        // Another instance claimed this reader first, or they just unsubscribed.
        if (!lostRace(e)) throw e;
      }
    }
    for (const s of stale) {
      // Only the instance whose update still sees the old claim time takes it over.
      const taken = await db.digestDelivery.updateMany({ where: { period: period.key, subscriberId: s.subscriberId, sentAt: null, claimedAt: s.claimedAt }, data: { claimedAt: clock() } });
      if (taken.count === 1) mine.push(s.subscriberId);
    }
    run.claimed += mine.length;
    if (mine.length === 0) {
      // All taken by other instances: on to the next readers, if any.
      if (fresh.length > 0) continue;
      break;
    }
    pieces ??= await piecesOf(period, now);
    for (const reader of await readers(mine)) {
      const theirs = pieces.filter((p) => matches(p, reader));
      const delivery = { period: period.key, subscriberId: reader.id };
      if (theirs.length === 0) {
        await db.digestDelivery.updateMany({ where: delivery, data: { sentAt: clock(), pieces: 0 } });
        run.empty++;
        continue;
      }
      if (await sendMail(digestMail(reader, theirs, period))) {
        await db.digestDelivery.updateMany({ where: delivery, data: { sentAt: clock(), pieces: theirs.length } });
        run.sent++;
      } else {
        // Left claimed: taken again once the claim is stale, so a mail server outage delays, never drops, a digest.
        run.failed++;
      }
    }
    if (run.failed > 0) break;
  }
  return run;
}

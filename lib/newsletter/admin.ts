import 'server-only';
// What staff see of the newsletter (/admin/newsletter): how many readers
// follow what, whether each week's digest went out, and, on a reader's
// request, removing their address. Staff never see the list of addresses:
// the counts are all the work needs.
import { db } from '../db';
import { site } from '../site';
import { nextPeriod } from './period';

export type FollowCount = { kind: 'topic' | 'program' | 'expert'; name: string; href: string; readers: number };
export type DigestWeek = { period: string; sent: number; nothingNew: number; waiting: number };
export type NewsletterOverview = {
  readers: number;
  follows: FollowCount[];
  weeks: DigestWeek[];
  next: { key: string; from: Date; dueAt: Date };
};

/** The follows with the most readers first; the rest are summed in the page's total. */
const TOP_FOLLOWS = 60;

async function followCounts(): Promise<FollowCount[]> {
  const [topics, programs, authors] = await Promise.all([
    db.subscription.groupBy({ by: ['topicId'], where: { topicId: { not: null } }, _count: { _all: true } }),
    db.subscription.groupBy({ by: ['programId'], where: { programId: { not: null } }, _count: { _all: true } }),
    db.subscription.groupBy({ by: ['authorId'], where: { authorId: { not: null } }, _count: { _all: true } }),
  ]);
  const idsOf = (rows: { _count: { _all: number } }[], key: string) => rows.map((r) => (r as unknown as Record<string, string>)[key]);
  const [topicRows, programRows, authorRows] = await Promise.all([
    db.topic.findMany({ where: { id: { in: idsOf(topics, 'topicId') } }, select: { id: true, slug: true, name: true } }),
    db.program.findMany({ where: { id: { in: idsOf(programs, 'programId') } }, select: { id: true, slug: true, name: true } }),
    db.author.findMany({ where: { id: { in: idsOf(authors, 'authorId') } }, select: { id: true, slug: true, name: true } }),
  ]);
  const named = (kind: FollowCount['kind'], counts: { _count: { _all: number } }[], key: string, rows: { id: string; slug: string; name: string }[], base: string) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return counts.flatMap((c) => {
      const row = byId.get((c as unknown as Record<string, string>)[key]);
      return row ? [{ kind, name: row.name, href: `${base}/${row.slug}`, readers: c._count._all }] : [];
    });
  };
  return [
    ...named('topic', topics, 'topicId', topicRows, '/topics'),
    ...named('program', programs, 'programId', programRows, '/programs'),
    ...named('expert', authors, 'authorId', authorRows, '/experts'),
  ]
    .sort((a, b) => b.readers - a.readers || a.name.localeCompare(b.name))
    .slice(0, TOP_FOLLOWS);
}

/** The weeks still on record (deliveries are kept 8 weeks), newest first. */
async function digestWeeks(): Promise<DigestWeek[]> {
  const count = (where: object) => db.digestDelivery.groupBy({ by: ['period'], where, _count: { _all: true } });
  const [sent, nothingNew, waiting] = await Promise.all([
    count({ sentAt: { not: null }, pieces: { gt: 0 } }),
    count({ sentAt: { not: null }, pieces: 0 }),
    count({ sentAt: null }),
  ]);
  const weeks = new Map<string, DigestWeek>();
  const week = (period: string) => weeks.get(period) ?? weeks.set(period, { period, sent: 0, nothingNew: 0, waiting: 0 }).get(period)!;
  for (const r of sent) week(r.period).sent = r._count._all;
  for (const r of nothingNew) week(r.period).nothingNew = r._count._all;
  for (const r of waiting) week(r.period).waiting = r._count._all;
  return [...weeks.values()].sort((a, b) => (a.period < b.period ? 1 : -1));
}

export async function newsletterOverview(now = new Date()): Promise<NewsletterOverview> {
  const [readers, follows, weeks] = await Promise.all([db.subscriber.count(), followCounts(), digestWeeks()]);
  const next = nextPeriod(now, site.timeZone);
  return { readers, follows, weeks, next: { key: next.key, from: next.from, dueAt: next.to } };
}

/**
 * A reader's request to be forgotten: their address, follows and delivery
 * records go (by cascade). Returns the address's domain for the audit line,
 * or null when no reader has this address.
 */
export async function removeReader(email: string): Promise<string | null> {
  const gone = await db.subscriber.deleteMany({ where: { email } });
  return gone.count > 0 ? email.slice(email.lastIndexOf('@') + 1) : null;
}

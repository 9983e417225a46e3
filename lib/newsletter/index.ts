import 'server-only';
// Newsletter subscriptions: a reader follows topics, programs and experts by
// e-mail. Signing up sends a confirmation link and stores nothing; the
// confirmed address is stored with what it follows, and unsubscribing (one
// click from any digest, or the manage page) deletes it.
import { db } from '../db';
import { site } from '../site';
import { mailConfigured, sendMail } from '../mail';
import { confirmToken, manageToken, readConfirmToken, readManageToken, type FollowKind, type FollowRef } from './tokens';

export type { FollowKind, FollowRef } from './tokens';
export type FollowChoice = { kind: FollowKind; slug: string };
export type Follow = FollowRef & { slug: string; name: string; href: string };

/** Most a reader can follow at once (every topic and program, and many experts). */
export const MAX_FOLLOWS = 100;

const HREF: Record<FollowKind, string> = { topic: '/topics/', program: '/programs/', expert: '/experts/' };

const linkOf = (kind: FollowKind, r: { id: string; slug: string; name: string }): Follow => ({ kind, id: r.id, slug: r.slug, name: r.name, href: HREF[kind] + r.slug });

async function findFollows(by: 'slug' | 'id', kind: FollowKind, values: string[]): Promise<Follow[]> {
  if (values.length === 0) return [];
  const where = { [by]: { in: values } };
  const select = { id: true, slug: true, name: true } as const;
  const rows = kind === 'topic' ? await db.topic.findMany({ where, select }) : kind === 'program' ? await db.program.findMany({ where, select }) : await db.author.findMany({ where, select });
  return rows.map((r) => linkOf(kind, r)).sort((a, b) => a.name.localeCompare(b.name));
}

async function lookUp(by: 'slug' | 'id', items: { kind: FollowKind; value: string }[]): Promise<Follow[]> {
  const kinds: FollowKind[] = ['topic', 'program', 'expert'];
  const found = await Promise.all(kinds.map((k) => findFollows(by, k, [...new Set(items.filter((i) => i.kind === k).map((i) => i.value))])));
  return found.flat();
}

/** The choices that name a real topic, program or expert (others are dropped). */
export const resolveChoices = (choices: FollowChoice[]) => lookUp('slug', choices.map((c) => ({ kind: c.kind, value: c.slug })));

export type SignUpOutcome = 'sent' | 'nothing-chosen' | 'mail-off';

/**
 * Sends `email` a link that confirms following `choices`. Nothing is stored:
 * whoever typed someone else's address only causes one e-mail they can ignore
 * (and the action limits how many).
 */
export async function requestSubscription(email: string, choices: FollowChoice[]): Promise<SignUpOutcome> {
  const follows = (await resolveChoices(choices)).slice(0, MAX_FOLLOWS);
  if (follows.length === 0) return 'nothing-chosen';
  if (!mailConfigured()) return 'mail-off';
  const token = confirmToken({ email, follows: follows.map(({ kind, id }) => ({ kind, id })), issuedAt: Math.floor(Date.now() / 1000) });
  const sent = await sendMail({
    to: [email],
    subject: `Confirm your ${site.shortName} e-mail updates`,
    text: [
      'Someone, probably you, asked to get new pieces by e-mail from',
      `${site.name} on:`,
      '',
      ...follows.map((f) => `- ${f.name}`),
      '',
      `To confirm, open this link within a week and press the button: ${site.url}/newsletter/confirm?t=${token}`,
      '',
      'If it was not you, ignore this message: we have not stored your address, and you will hear nothing more.',
    ].join('\n'),
  });
  return sent ? 'sent' : 'mail-off';
}

export type PendingConfirmation = { email: string; follows: Follow[] };

/** What a confirmation link asks for, for the page that shows it before the reader presses confirm. */
export async function readConfirmation(token: string): Promise<PendingConfirmation | null> {
  const request = readConfirmToken(token);
  if (!request) return null;
  const follows = await lookUp('id', request.follows.map((f) => ({ kind: f.kind, value: f.id })));
  return { email: request.email, follows };
}

const column = { topic: 'topicId', program: 'programId', expert: 'authorId' } as const;

/**
 * A write that lost to another at the same moment: the row is there already
 * (unique key, P2002) or what it points at was just deleted (foreign key,
 * P2003). Either way there is nothing left to do.
 */
export const lostRace = (e: unknown) => ['P2002', 'P2003'].includes((e as { code?: string }).code ?? '');

async function addFollows(subscriberId: string, follows: FollowRef[]) {
  for (const f of follows) {
    // The per-kind unique key makes confirming twice, or in two tabs, add nothing twice.
    await db.subscription.create({ data: { subscriberId, [column[f.kind]]: f.id } }).catch((e) => {
      if (!lostRace(e)) throw e;
    });
  }
}

/** Confirms the link's request: the address is stored (once) and follows what it asked for. Returns the manage link's token. */
export async function confirmSubscription(token: string): Promise<string | null> {
  const pending = await readConfirmation(token);
  if (!pending || pending.follows.length === 0) return null;
  const subscriber = await db.subscriber.upsert({ where: { email: pending.email }, create: { email: pending.email }, update: {}, select: { id: true } });
  await addFollows(subscriber.id, pending.follows);
  return manageToken(subscriber.id);
}

export type Subscription = { email: string; follows: Follow[] };

async function followsOf(subscriberId: string): Promise<Follow[]> {
  const rows = await db.subscription.findMany({
    where: { subscriberId },
    select: { topic: { select: { id: true, slug: true, name: true } }, program: { select: { id: true, slug: true, name: true } }, author: { select: { id: true, slug: true, name: true } } },
  });
  return rows
    .map((r) => (r.topic ? linkOf('topic', r.topic) : r.program ? linkOf('program', r.program) : r.author ? linkOf('expert', r.author) : null))
    .filter((f): f is Follow => !!f)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** The subscription a manage link names, or null (a forged link, or one whose owner has unsubscribed). */
export async function subscriptionByToken(token: string): Promise<Subscription | null> {
  const id = readManageToken(token);
  if (!id) return null;
  const row = await db.subscriber.findUnique({ where: { id }, select: { email: true } });
  return row ? { email: row.email, follows: await followsOf(id) } : null;
}

/**
 * Replaces what the link's subscriber follows. Following nothing is
 * unsubscribing: the address is deleted rather than kept with no purpose.
 */
export async function setFollows(token: string, choices: FollowChoice[]): Promise<'saved' | 'unsubscribed' | 'gone'> {
  const id = readManageToken(token);
  if (!id || !(await db.subscriber.findUnique({ where: { id }, select: { id: true } }))) return 'gone';
  const wanted = (await resolveChoices(choices)).slice(0, MAX_FOLLOWS);
  if (wanted.length === 0) return (await unsubscribe(token)) ? 'unsubscribed' : 'gone';
  const current = await followsOf(id);
  const keyOf = (f: FollowRef) => `${f.kind}:${f.id}`;
  const keep = new Set(wanted.map(keyOf));
  const drop = current.filter((f) => !keep.has(keyOf(f)));
  for (const kind of ['topic', 'program', 'expert'] as const) {
    const ids = drop.filter((f) => f.kind === kind).map((f) => f.id);
    if (ids.length) await db.subscription.deleteMany({ where: { subscriberId: id, [column[kind]]: { in: ids } } });
  }
  const have = new Set(current.map(keyOf));
  await addFollows(id, wanted.filter((f) => !have.has(keyOf(f))));
  return 'saved';
}

/** Deletes the link's subscriber, what it follows and its delivery records. False when there was nothing to delete. */
export async function unsubscribe(token: string): Promise<boolean> {
  const id = readManageToken(token);
  if (!id) return false;
  return (await db.subscriber.deleteMany({ where: { id } })).count > 0;
}

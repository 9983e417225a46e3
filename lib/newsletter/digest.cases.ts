// The newsletter end to end below the browser, on a real database and a real
// SMTP server (smtp-server, started here): confirm a sign-up, publish, run the
// weekly digest as two instances at once, crash one mid-run, unsubscribe with
// one click. Run once per database by digest.sqlite.test.ts and
// digest.postgres.test.ts. (The sign-up forms and links through the browser:
// e2e/newsletter.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt } from '../shared/test-databases.mjs';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../shared/test-smtp';

export function digestSuite(name: string, open: () => Promise<{ url: string; drop: () => Promise<void> }>) {
  describe(`the weekly digest on ${name}`, () => {
    let drop: () => Promise<void>;
    let db: typeof import('../db').db;
    let digest: typeof import('./digest');
    let newsletter: typeof import('./index');
    let tokens: typeof import('./tokens');
    let smtp: TestSmtp;
    let inbox: ReceivedMail[] = [];
    // Monday 7 December 2026, 9:00 in Washington: the digest for 30 Nov – 7 Dec is due.
    const now = new Date('2026-12-07T14:00:00Z');
    const inWeek = new Date('2026-12-03T15:00:00Z');
    const manage: Record<string, string> = {};

    async function subscribe(email: string, follows: { kind: 'topic' | 'program' | 'expert'; id: string }[]) {
      const t = tokens.confirmToken({ email, follows, issuedAt: Math.floor(Date.now() / 1000) });
      manage[email] = (await newsletter.confirmSubscription(t))!;
      // Confirmed "last week", so this week's digest is theirs.
      await db.subscriber.update({ where: { email }, data: { createdAt: new Date('2026-11-20T00:00:00Z') } });
    }

    beforeAll(async () => {
      smtp = await startTestSmtp();
      inbox = smtp.inbox;
      process.env.SMTP_URL = smtp.url;
      process.env.SITE_URL = 'https://think.example';
      const target = await open();
      drop = target.drop;
      process.env.DATABASE_URL = target.url;
      process.env.CACHE_FILE = `${process.env.TMPDIR ?? '/tmp'}/digest-${Date.now()}.cache`;
      await migrateAt(target.url);
      db = (await import('../db')).db;
      digest = await import('./digest');
      newsletter = await import('./index');
      tokens = await import('./tokens');
      const type = await db.contentType.create({ data: { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary' } });
      await db.topic.create({ data: { id: 'china', slug: 'china', name: 'China' } });
      await db.topic.create({ data: { id: 'europe', slug: 'europe', name: 'Europe' } });
      await db.program.create({ data: { id: 'tech', slug: 'technology', name: 'Technology and National Security' } });
      await db.author.create({ data: { id: 'kania', slug: 'elsa-b-kania', name: 'Elsa B. Kania', sortName: 'kania' } });
      const piece = (slug: string, publishedAt: Date, links: { topic?: string; program?: string; author?: string }, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
        db.article.create({
          data: {
            slug, title: `Title of ${slug}`, dek: `What ${slug} argues.`, typeId: type.id, status, publishedAt,
            ...(links.topic ? { topics: { create: { topicId: links.topic } } } : {}),
            ...(links.program ? { programs: { create: { programId: links.program, position: 0 } } } : {}),
            ...(links.author ? { authors: { create: { authorId: links.author, position: 0 } } } : {}),
          },
        });
      await piece('china-this-week', inWeek, { topic: 'china', author: 'kania' });
      await piece('tech-this-week', new Date('2026-12-01T15:00:00Z'), { program: 'tech' });
      await piece('china-last-week', new Date('2026-11-25T15:00:00Z'), { topic: 'china' });
      await piece('china-draft', inWeek, { topic: 'china' }, 'DRAFT');
      await piece('europe-after-the-week', new Date('2026-12-07T13:30:00Z'), { topic: 'europe' });
      await subscribe('china@example.org', [{ kind: 'topic', id: 'china' }]);
      await subscribe('kania-and-tech@example.org', [{ kind: 'expert', id: 'kania' }, { kind: 'program', id: 'tech' }]);
      await subscribe('europe@example.org', [{ kind: 'topic', id: 'europe' }]);
      for (let i = 0; i < 60; i++) await subscribe(`many${i}@example.org`, [{ kind: 'topic', id: 'china' }]);
    });

    afterAll(async () => {
      await db?.$disconnect();
      await drop?.();
      await smtp?.close();
    });

    it('the HTML digest escapes what it shows', async () => {
      const { duePeriod } = await import('./period');
      const mail = digest.digestMail({ email: 'x@example.org', names: ['War & Peace'], id: 'x' }, [{ slug: 's', title: '<b>Bold</b> & "more"', summary: '<img src=x onerror=alert(1)>', publishedAt: inWeek, type: 'Commentary', authors: ['Ann <ann@example.org>'] }], duePeriod(now, 'America/New_York'));
      expect(mail.html).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;more&quot;');
      expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(mail.html).toContain('War &amp; Peace');
      expect(mail.html).not.toContain('<b>Bold');
      expect(mail.html).not.toContain('<img');
    });

    it('signing up sends the confirmation link and stores nothing until it is used', async () => {
      const before = await db.subscriber.count();
      expect(await newsletter.requestSubscription('new@example.org', [{ kind: 'topic', slug: 'china' }, { kind: 'topic', slug: 'made-up' }])).toBe('sent');
      expect(await newsletter.requestSubscription('new@example.org', [{ kind: 'topic', slug: 'made-up' }])).toBe('nothing-chosen');
      expect(await db.subscriber.count()).toBe(before);
      const mail = inbox.pop()!;
      expect(mail.to).toEqual(['new@example.org']);
      const link = new URL(mail.text.match(/https:\/\/think\.example\/newsletter\/confirm\?t=\S+/)![0]);
      const pending = await newsletter.readConfirmation(link.searchParams.get('t')!);
      expect(pending).toMatchObject({ email: 'new@example.org', follows: [{ kind: 'topic', slug: 'china', name: 'China' }] });
    });

    it('a confirmation stores the address once, however often it is clicked', async () => {
      const t = tokens.confirmToken({ email: 'china@example.org', follows: [{ kind: 'topic', id: 'china' }], issuedAt: Math.floor(Date.now() / 1000) });
      await newsletter.confirmSubscription(t);
      expect(await db.subscriber.count({ where: { email: 'china@example.org' } })).toBe(1);
      expect(await db.subscription.count({ where: { subscriber: { email: 'china@example.org' } } })).toBe(1);
    });

    it('two instances running the digest at once send each reader exactly one e-mail, with only their pieces of the week', async () => {
      const [a, b] = await Promise.all([digest.sendDueDigests(now), digest.sendDueDigests(now)]);
      expect(a!.sent + b!.sent).toBe(62);
      expect(a!.empty + b!.empty).toBe(1); // Europe's only piece came after the week ended
      expect(inbox).toHaveLength(62);
      expect(new Set(inbox.map((m) => m.to[0])).size).toBe(62);
      const china = inbox.find((m) => m.to[0] === 'china@example.org')!;
      expect(china.subject).toContain('1 new piece');
      expect(china.text).toContain('Title of china-this-week');
      expect(china.text).toContain('https://think.example/publications/china-this-week');
      expect(china.text).toContain('Elsa B. Kania');
      expect(china.text).not.toContain('china-last-week');
      expect(china.text).not.toContain('china-draft');
      expect(china.text).toContain('You get this because you follow: China.');
      // The HTML part says the same, with the links.
      expect(china.html).toContain('<a href="https://think.example/publications/china-this-week"');
      expect(china.html).toContain('>Title of china-this-week</a>');
      expect(china.html).toMatch(/<a href="https:\/\/think\.example\/newsletter\/manage\?t=[^"]+"/);
      const both = inbox.find((m) => m.to[0] === 'kania-and-tech@example.org')!;
      expect(both.subject).toContain('2 new pieces');
      expect(both.text).toContain('Title of tech-this-week');
      expect(inbox.find((m) => m.to[0] === 'europe@example.org')).toBeUndefined();
    });

    it('running again, or after a restart, sends nothing more', async () => {
      const again = await digest.sendDueDigests(new Date(now.getTime() + 3600_000));
      expect(again!.claimed).toBe(0);
      expect(inbox).toHaveLength(62);
    });

    it('a claim a crashed instance left unsent is sent later, once', async () => {
      await db.digestDelivery.updateMany({ where: { subscriber: { email: 'china@example.org' } }, data: { sentAt: null, claimedAt: now } });
      const soon = await digest.sendDueDigests(new Date(now.getTime() + 60_000));
      expect(soon!.sent).toBe(0);
      const later = new Date(now.getTime() + digest.CLAIM_STALE_MS + 60_000);
      const [a, b] = await Promise.all([digest.sendDueDigests(later), digest.sendDueDigests(later)]);
      expect(a!.sent + b!.sent).toBe(1);
      expect(inbox.filter((m) => m.to[0] === 'china@example.org')).toHaveLength(2);
    });

    it('every digest offers one-click unsubscribe (RFC 8058), and using it deletes the address and its records', async () => {
      const china = inbox.find((m) => m.to[0] === 'china@example.org')!;
      const header = china.header('list-unsubscribe') ?? '';
      expect(header).toContain('https://think.example/api/newsletter/unsubscribe?t=');
      expect(china.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      const t = new URL(header.replace(/^<|>$/g, '')).searchParams.get('t')!;
      expect(t).toBe(manage['china@example.org']);
      expect(await newsletter.unsubscribe(t)).toBe(true);
      expect(await db.subscriber.count({ where: { email: 'china@example.org' } })).toBe(0);
      expect(await db.digestDelivery.count({ where: { subscriber: { email: 'china@example.org' } } })).toBe(0);
      expect(await newsletter.subscriptionByToken(t)).toBeNull();
      expect(await newsletter.unsubscribe(t)).toBe(false);
    });

    it('saving no choices on the manage page unsubscribes; other choices replace the old', async () => {
      const t = manage['kania-and-tech@example.org'];
      expect(await newsletter.setFollows(t, [{ kind: 'topic', slug: 'europe' }, { kind: 'expert', slug: 'elsa-b-kania' }, { kind: 'topic', slug: 'no-such-topic' }])).toBe('saved');
      expect((await newsletter.subscriptionByToken(t))!.follows.map((f) => f.slug)).toEqual(['elsa-b-kania', 'europe']);
      expect(await newsletter.setFollows(t, [])).toBe('unsubscribed');
      expect(await db.subscriber.count({ where: { email: 'kania-and-tech@example.org' } })).toBe(0);
    });

    it('a deleted topic takes its follows with it; delivery records older than eight weeks are deleted', async () => {
      await db.topic.delete({ where: { id: 'europe' } });
      expect(await db.subscription.count({ where: { topicId: 'europe' } })).toBe(0);
      const eightWeeksOn = new Date(now.getTime() + (digest.KEEP_DELIVERIES_DAYS + 1) * 86_400_000);
      await digest.sendDueDigests(eightWeeksOn);
      expect(await db.digestDelivery.count({ where: { period: '2026-12-07' } })).toBe(0);
    });
  });
}

// The hand-written listing and detail SQL (lib/articles/sql.ts), run against a
// real database holding the demo content, with a scheduled piece still to come
// and one already gone live. What each query must return is worked out here
// from the demo content itself, not from the SQL. Run once per database by
// sql.sqlite.test.ts and sql.postgres.test.ts (each its own
// process state: the SQL module picks its dialect when loaded).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles as seedArticles } from '../../prisma/seed/content';
import type { SeedArticle } from '../../prisma/seed/types';

type Sql = typeof import('./sql');
type Filters = import('./sql').ArticleFilters;

const DAY = 24 * 3600_000;

export function articleSqlSuite(name: string, open: () => Promise<{ url: string; close: () => Promise<void> }>) {
  describe(`listing and detail SQL on ${name}`, () => {
    let sql: Sql;
    let close: () => Promise<void>;
    let disconnect: () => Promise<void>;
    const now = new Date();
    // Two pieces change state: one scheduled a week ahead (not public yet), one scheduled for an hour ago (public).
    const future = seedArticles.find((a) => !a.status && a.authors.includes('jim-townsend'))!;
    const pastScheduled = seedArticles.find((a) => !a.status && a !== future && a.topics.includes('china'))!;
    const pastAt = new Date(now.getTime() - 3600_000);

    const publishedAt = (a: SeedArticle) => (a === pastScheduled ? pastAt : new Date(`${a.publishedAt}T14:00:00.000Z`));
    const isPublic = (a: SeedArticle) => !a.status && a !== future;
    const expected = (f: Filters) =>
      seedArticles
        .filter(isPublic)
        .filter((a) => !f.type || a.type === f.type)
        .filter((a) => !f.topic || a.topics.includes(f.topic))
        .filter((a) => !f.area || a.programs.includes(f.area))
        .filter((a) => !f.author || a.authors.includes(f.author))
        .filter((a) => !f.year || publishedAt(a).getUTCFullYear() === f.year)
        .map((a) => a.slug);

    beforeAll(async () => {
      const target = await open();
      close = target.close;
      process.env.DATABASE_URL = target.url;
      const { applyMigrations } = await import('../shared/migrations.mjs');
      await applyMigrations({ quiet: true });
      const { db } = await import('../db');
      disconnect = () => db.$disconnect();
      const { seedDemoContent } = await import('../../prisma/seed/seed');
      await seedDemoContent(db);
      await db.article.update({ where: { slug: future.slug }, data: { status: 'SCHEDULED', publishedAt: new Date(now.getTime() + 7 * DAY) } });
      await db.article.update({ where: { slug: pastScheduled.slug }, data: { status: 'SCHEDULED', publishedAt: pastAt } });
      sql = await import('./sql');
    });

    afterAll(async () => {
      await disconnect?.();
      await close?.();
    });

    async function list(f: Filters, limit = 1000, offset = 0) {
      const q = sql.listingQueries(f, now, limit, offset);
      return { cards: await sql.newestCards(q.ids), total: await sql.count(q.count) };
    }

    const cases: [string, Filters][] = [
      ['everything public', {}],
      ['a type', { type: 'commentary' }],
      ['another type', { type: 'podcast' }],
      ['a topic', { topic: 'china' }],
      ['a region', { topic: 'russia' }],
      ['a research area', { area: seedArticles.find((a) => a.programs.length)!.programs[0] }],
      ['an expert', { author: 'jim-townsend' }],
      ['an expert with several pieces', { author: 'elsa-b-kania' }],
      ['a year', { year: 2020 }],
      ['an expert and a type', { author: 'jim-townsend', type: 'commentary' }],
      ['a topic and a year', { topic: 'russia', year: 2025 }],
      ['a topic and an expert', { topic: 'china', author: 'elsa-b-kania' }],
      ['a topic nobody uses with this type', { topic: 'china', type: 'podcast' }],
      ['an unknown slug', { topic: 'no-such-topic' }],
    ];

    for (const [label, f] of cases) {
      it(`lists exactly the public pieces for ${label}, newest first, counted right`, async () => {
        const { cards, total } = await list(f);
        const want = expected(f);
        // A case about a real combination must find something, or it proves nothing.
        if (!/nobody|unknown/.test(label)) expect(want.length).toBeGreaterThan(0);
        expect(cards.map((c) => c.slug).sort()).toEqual([...want].sort());
        expect(total).toBe(want.length);
        const times = cards.map((c) => Date.parse(c.publishedAt));
        expect(times).toEqual([...times].sort((a, b) => b - a));
      });
    }

    it('pages through a list without gaps or repeats, on every path (articles table and link tables)', async () => {
      for (const f of [{}, { author: 'elsa-b-kania' }, { topic: 'russia' }] as Filters[]) {
        const all = (await list(f)).cards.map((c) => c.slug);
        const paged: string[] = [];
        for (let offset = 0; offset < all.length; offset += 3) paged.push(...(await list(f, 3, offset)).cards.map((c) => c.slug));
        expect(paged).toEqual(all);
      }
    });

    it('a page that starts after an anchor is the page OFFSET would give, ties in time included, on every path', async () => {
      // Five pieces share one publication time (so an anchor falls inside them) for this test: the id breaks the tie.
      const { db } = await import('../db');
      const tied = seedArticles.filter(isPublic).filter((a) => a !== pastScheduled).slice(2, 7);
      const at = publishedAt(tied[0]);
      await db.article.updateMany({ where: { slug: { in: tied.map((a) => a.slug) } }, data: { publishedAt: at } });
      const every = 4;
      for (const f of [{}, { type: 'commentary' }, { author: 'elsa-b-kania' }, { topic: 'russia' }] as Filters[]) {
        const all = (await list(f)).cards.map((c) => c.slug);
        const anchors = await sql.listAnchors(sql.listingQueries(f, now, 0, 0).anchors(every));
        expect(anchors.length).toBe(Math.floor(all.length / every));
        for (let skip = every; skip < all.length; skip += 3) {
          const k = Math.floor(skip / every);
          const after = { at: new Date(anchors[k - 1].at), id: anchors[k - 1].id };
          const page = await sql.newestCards(sql.listingQueries(f, now, 3, skip - k * every, after).ids);
          expect(page.map((c) => c.slug)).toEqual(all.slice(skip, skip + 3));
        }
      }
      const ties = (await list({})).cards.filter((c) => Date.parse(c.publishedAt) === at.getTime());
      expect(ties.length).toBe(5);
      for (const a of tied) await db.article.update({ where: { slug: a.slug }, data: { publishedAt: publishedAt(a) } });
    });

    it('never lists the piece scheduled for next week, and lists the one that went live an hour ago', async () => {
      const everything = (await list({})).cards.map((c) => c.slug);
      expect(everything).not.toContain(future.slug);
      expect(everything).toContain(pastScheduled.slug);
      expect((await list({ author: 'jim-townsend' })).cards.map((c) => c.slug)).not.toContain(future.slug);
    });

    it('reads one piece whole: authors in byline order, its topics, and nothing for a draft', async () => {
      const source = seedArticles.find((a) => a.slug === 'the-resilience-of-sino-russian-high-tech-cooperation')!;
      const { Prisma } = await import('../generated/sqlite/client');
      const detail = await sql.selectDetail(Prisma.sql`a.slug = ${source.slug} AND ${sql.publicSql(now)}`);
      expect(detail!.article.authors.map((a) => a.slug)).toEqual(source.authors);
      expect(detail!.article.topics.map((t) => t.slug).sort()).toEqual([...source.topics].sort());
      expect(detail!.article.outletName).toBe(source.outletName);
      const draft = seedArticles.find((a) => a.status === 'DRAFT')!;
      expect(await sql.selectDetail(Prisma.sql`a.slug = ${draft.slug} AND ${sql.publicSql(now)}`)).toBeNull();
      expect((await sql.selectDetail(Prisma.sql`a.slug = ${draft.slug}`))!.status).toBe('DRAFT');
    });

    it('follows an old slug to the renamed piece, and not to a piece that is no longer public', async () => {
      const { db } = await import('../db');
      const live = seedArticles.find((a) => a.slug === 'the-resilience-of-sino-russian-high-tech-cooperation')!;
      const draft = seedArticles.find((a) => a.status === 'DRAFT')!;
      const ids = await db.article.findMany({ where: { slug: { in: [live.slug, draft.slug, future.slug] } }, select: { id: true, slug: true } });
      const id = (slug: string) => ids.find((r) => r.slug === slug)!.id;
      await db.slugRedirect.createMany({
        data: [
          { slug: 'old-name-of-live', articleId: id(live.slug) },
          { slug: 'old-name-of-draft', articleId: id(draft.slug) },
          { slug: 'old-name-of-scheduled', articleId: id(future.slug) },
        ],
      });
      expect(await sql.renamedSlugTarget('old-name-of-live', now)).toBe(live.slug);
      expect(await sql.renamedSlugTarget('old-name-of-draft', now)).toBeNull();
      expect(await sql.renamedSlugTarget('old-name-of-scheduled', now)).toBeNull();
      expect(await sql.renamedSlugTarget('never-existed', now)).toBeNull();
    });
  });
}

// Bodies rendered at save time, on a real (SQLite) database: the page reads
// the stored rendering while it belongs to the piece's version and this
// renderer, falls back to rendering the body itself when it does not, and the
// ticker's pass brings stale rows back; reindexing an unchanged body keeps it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchSqlite } from './test-databases.mjs';
import { renderMarkdown } from '../markdown';
import type { ArticleInput } from '../validation/article';
import { articleInput } from '../admin/article-input.fixture';

const scratch = scratchSqlite('rendered-body');
let db: typeof import('../db').db;
let articles: typeof import('../admin/articles');
let sql: typeof import('../articles/sql');
let rendered: typeof import('./rendered-body');
let search: typeof import('./search-index');
let typeId: string;
let Prisma: typeof import('../sql-dialect').Prisma;

const input = (over: Partial<ArticleInput> = {}): ArticleInput => articleInput(typeId, { body: 'The **first** text.', ...over });

beforeAll(async () => {
  process.env.DATABASE_URL = scratch.url;
  process.env.CACHE_FILE = scratch.url.replace(/^file:/, '') + '.cache';
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  articles = await import('../admin/articles');
  sql = await import('../articles/sql');
  rendered = await import('./rendered-body');
  search = await import('./search-index');
  Prisma = (await import('../sql-dialect')).Prisma;
  typeId = (await db.contentType.create({ data: { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary' } })).id;
  await db.author.create({ data: { id: 'ann', slug: 'ann', name: 'Ann', sortName: 'ann' } });
  await db.user.create({ data: { id: 'u1', email: 'u1@example.org', name: 'One', role: 'EDITOR' } });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch.drop();
});

const stored = (articleId: string) => db.renderedBody.findUnique({ where: { articleId } });
const pageHtml = async (slug: string) => (await sql.selectDetail(Prisma.sql`a.slug = ${slug}`))!.article.bodyHtml;

describe('bodies rendered at save time', () => {
  it('a save stores the rendering of its version, and the page shows the stored one', async () => {
    const { id } = await articles.createArticle(input(), 'u1');
    expect(await stored(id)).toMatchObject({ version: 1, renderer: rendered.RENDERER, html: renderMarkdown('The **first** text.') });
    await articles.updateArticle(id, input({ body: 'The *second* text.' }), 1, 'u1');
    expect(await stored(id)).toMatchObject({ version: 2, html: '<p>The <em>second</em> text.</p>' });
    // Marked, so the page can be seen to read the row rather than render again.
    await db.renderedBody.update({ where: { articleId: id }, data: { html: '<p>from the store</p>' } });
    expect(await pageHtml('grid-security')).toBe('<p>from the store</p>');
  });

  it('reindexing a piece whose body has not changed (an expert renamed) does not render it again', async () => {
    const { id } = await db.article.findUniqueOrThrow({ where: { slug: 'grid-security' }, select: { id: true } });
    await db.$transaction((tx) => search.reindexInTransaction(tx, [id]));
    expect((await stored(id))!.html).toBe('<p>from the store</p>');
  });

  it('a write that bypassed the renderer, or another renderer, is not shown; the ticker renders it again', async () => {
    const { id } = await db.article.findUniqueOrThrow({ where: { slug: 'grid-security' }, select: { id: true } });
    await db.article.update({ where: { id }, data: { body: 'A ~~third~~ text.', version: { increment: 1 } } });
    expect(await pageHtml('grid-security')).toBe('<p>A <del>third</del> text.</p>');
    expect(await rendered.renderStaleBodies(db)).toBe(1);
    expect(await stored(id)).toMatchObject({ version: 3, html: '<p>A <del>third</del> text.</p>' });
    expect(await rendered.renderStaleBodies(db)).toBe(0);

    await db.renderedBody.update({ where: { articleId: id }, data: { renderer: 'an-older-one', html: '<p>old renderer</p>' } });
    expect(await pageHtml('grid-security')).toBe('<p>A <del>third</del> text.</p>');
    expect(await rendered.renderStaleBodies(db)).toBe(1);
    expect((await stored(id))!.renderer).toBe(rendered.RENDERER);
  });

  it('the background pass walks the archive in steps, renders a bounded number per step, and rests after a full pass', async () => {
    for (let i = 0; i < 5; i++) await db.article.create({ data: { slug: `step-${i}`, title: `Step ${i}`, body: `Body *${i}*.`, typeId } });
    const state = { cursor: '', restUntil: 0 };
    expect(await rendered.renderStaleBodiesStep(db, 500, 2, state)).toBe(2);
    expect(await rendered.renderStaleBodiesStep(db, 500, 2, state)).toBe(2);
    expect(await rendered.renderStaleBodiesStep(db, 500, 2, state)).toBe(1);
    expect(await rendered.renderStaleBodiesStep(db, 500, 2, state)).toBe(0);
    expect(state.restUntil).toBeGreaterThan(Date.now());
    expect(await db.renderedBody.count({ where: { article: { slug: { startsWith: 'step-' } } } })).toBe(5);
  });

  it('the build bakes in the fingerprint the seed and the benchmark generator store', async () => {
    const { rendererVersion } = await import('./renderer-version.mjs');
    const config = (await import('../../next.config.js')).default;
    expect(config.env?.MARKDOWN_RENDERER).toBe(rendererVersion());
    expect(rendered.RENDERER).toBe(rendererVersion());
  });
});

// The editorial workflow's rules on a real (SQLite) database: staged edits
// leave the live row alone until published, conflict on their own version,
// and an embargoed update is applied exactly once however many instances
// tick; status changes are not versions; trash and cancelled schedules land
// in the right status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchSqlite } from '../shared/test-databases.mjs';
import type { ArticleInput } from '../validation/article';
import { articleInput } from './article-input.fixture';

const scratch = scratchSqlite('workflow');
let db: typeof import('../db').db;
let articles: typeof import('./articles');
let staged: typeof import('./staged-edits');
let trash: typeof import('./trash');
let people: typeof import('./people-and-topics');
let typeId: string;

const input = (over: Partial<ArticleInput> = {}): ArticleInput => articleInput(typeId, over);

beforeAll(async () => {
  process.env.DATABASE_URL = scratch.url;
  process.env.CACHE_FILE = scratch.url.replace(/^file:/, '') + '.cache';
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  articles = await import('./articles');
  staged = await import('./staged-edits');
  trash = await import('./trash');
  people = await import('./people-and-topics');
  typeId = (await db.contentType.create({ data: { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary' } })).id;
  await db.author.create({ data: { id: 'ann', slug: 'ann', name: 'Ann', sortName: 'ann' } });
  await db.user.create({ data: { id: 'u1', email: 'u1@example.org', name: 'One', role: 'EDITOR' } });
  await db.user.create({ data: { id: 'u2', email: 'u2@example.org', name: 'Two', role: 'EDITOR' } });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch.drop();
});

const live = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { body: true, version: true, status: true, title: true } });

describe('the editorial workflow', () => {
  it('a status change is not a version, so a save made before it still goes through', async () => {
    const { id } = await articles.createArticle(input({ slug: 'status-vs-save' }), 'u1');
    await articles.changeStatus(id, { action: 'publish' }, 'u2');
    await articles.changeStatus(id, { action: 'unpublish' }, 'u2');
    expect((await live(id)).version).toBe(1);
    await articles.updateArticle(id, input({ slug: 'status-vs-save', body: 'Saved after two status changes.' }), 1, 'u1');
    expect(await live(id)).toMatchObject({ version: 2, body: 'Saved after two status changes.', status: 'UNPUBLISHED' });
    expect(await db.revision.count({ where: { articleId: id } })).toBe(2);
  });

  it('publishing a piece that is already live keeps its date (a bulk publish over a selection)', async () => {
    const { id } = await articles.createArticle(input({ slug: 'keeps-date' }), 'u1');
    await articles.changeStatus(id, { action: 'publish' }, 'u1');
    await db.article.update({ where: { id }, data: { publishedAt: new Date('2021-05-04T12:00:00Z') } });
    await articles.changeStatus(id, { action: 'publish' }, 'u2');
    expect((await db.article.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } })).publishedAt?.toISOString()).toBe('2021-05-04T12:00:00.000Z');
  });

  it('staged changes leave the live row alone, conflict on their own version, and publish in one step', async () => {
    const { id } = await articles.createArticle(input(), 'u1');
    await articles.changeStatus(id, { action: 'publish' }, 'u1');
    const first = await staged.stageEdit(id, input({ body: 'Staged by one.' }), 1, 0, 'u1');
    expect(first.stagedVersion).toBe(1);
    expect((await live(id)).body).toBe('The live text.');
    // A second person who opened the piece before the staged save: refused, nothing written.
    await expect(staged.stageEdit(id, input({ body: 'Staged by two.' }), 1, 0, 'u2')).rejects.toBeInstanceOf(staged.StagedConflictError);
    const second = await staged.stageEdit(id, input({ body: 'Staged by two, on one’s.' }), 1, 1, 'u2');
    expect(second.stagedVersion).toBe(2);
    await expect(staged.publishStagedEdit(id, 1, 'u1')).rejects.toBeInstanceOf(staged.StagedConflictError);
    await staged.publishStagedEdit(id, 2, 'u1');
    expect(await live(id)).toMatchObject({ body: 'Staged by two, on one’s.', version: 2 });
    expect(await staged.getStagedEdit(id)).toBeNull();
    // A save against the old live version is now a conflict.
    await expect(staged.stageEdit(id, input({ body: 'Late.' }), 1, 0, 'u2')).rejects.toBeInstanceOf(articles.EditConflictError);
  });

  it('an embargoed update is applied once, however many instances tick at its time', async () => {
    const { id } = await articles.createArticle(input({ slug: 'embargo' }), 'u1');
    await articles.changeStatus(id, { action: 'publish' }, 'u1');
    const { stagedVersion } = await staged.stageEdit(id, input({ slug: 'embargo', body: 'Released at nine.' }), 1, 0, 'u1');
    await staged.scheduleStagedEdit(id, stagedVersion, new Date(Date.now() - 1000), 'u1');
    const applied = await Promise.all([staged.publishDueStagedEdits(), staged.publishDueStagedEdits(), staged.publishDueStagedEdits()]);
    expect(applied.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await live(id)).toMatchObject({ body: 'Released at nine.', version: 2 });
    expect(await db.revision.count({ where: { articleId: id } })).toBe(2);
  });

  it('a cancelled schedule of a piece never public is a draft; trash restores to draft or unpublished', async () => {
    const { id } = await articles.createArticle(input({ slug: 'never-out' }), 'u1');
    await articles.changeStatus(id, { action: 'schedule', at: new Date(Date.now() + 86_400_000) }, 'u1');
    expect((await articles.changeStatus(id, { action: 'unpublish' }, 'u1')).status).toBe('DRAFT');
    await trash.trashArticle(id, 'u1');
    await expect(articles.changeStatus(id, { action: 'publish' }, 'u1')).rejects.toThrow('in the trash');
    expect(await trash.restoreFromTrash(id, 'u1')).toBe('DRAFT');

    const out = await articles.createArticle(input({ slug: 'was-out' }), 'u1');
    await articles.changeStatus(out.id, { action: 'publish' }, 'u1');
    await trash.trashArticle(out.id, 'u1');
    expect(await trash.restoreFromTrash(out.id, 'u1')).toBe('UNPUBLISHED');
  });

  it('the trash empties itself after 30 days, and only of what has been there that long', async () => {
    const old = await articles.createArticle(input({ slug: 'old-trash' }), 'u1');
    const recent = await articles.createArticle(input({ slug: 'recent-trash' }), 'u1');
    await trash.trashArticle(old.id, 'u1');
    await trash.trashArticle(recent.id, 'u1');
    await db.article.update({ where: { id: old.id }, data: { trashedAt: new Date(Date.now() - 31 * 86_400_000) } });
    expect(await trash.emptyExpiredTrash()).toBe(1);
    expect(await db.article.count({ where: { id: old.id } })).toBe(0);
    expect(await db.article.count({ where: { id: recent.id } })).toBe(1);
  });

  it('writes straight to live pieces carry into their staged changes, so publishing those later does not undo them', async () => {
    const china = await db.topic.create({ data: { slug: 'china', name: 'China' } });
    const bob = await db.author.create({ data: { id: 'bob', slug: 'bob', name: 'Bob', sortName: 'bob' } });
    const { id } = await articles.createArticle(input({ slug: 'carried' }), 'u1');
    await articles.changeStatus(id, { action: 'publish' }, 'u1');
    const { stagedVersion } = await staged.stageEdit(id, input({ slug: 'carried', body: 'Staged text.', authorIds: ['ann', 'bob'] }), 1, 0, 'u1');
    // A topic added to a selection of pieces from the list: live now, and in the staged version.
    expect(await articles.addTopicToArticle(id, china.id, 'u2')).toBe(true);
    expect((await staged.getStagedEdit(id))!).toMatchObject({ baseVersion: 2, input: { topicIds: [china.id] } });
    // An expert only the staged version names is merged into another.
    await people.removeExpert(bob.id, 'ann');
    expect((await staged.getStagedEdit(id))!.input.authorIds).toEqual(['ann']);
    await staged.publishStagedEdit(id, stagedVersion, 'u1');
    const after = await db.article.findUniqueOrThrow({ where: { id }, select: { body: true, topics: { select: { topicId: true } }, authors: { select: { authorId: true } } } });
    expect(after).toMatchObject({ body: 'Staged text.', topics: [{ topicId: china.id }], authors: [{ authorId: 'ann' }] });
  });

  it('staged changes the live piece has moved past are not published by the clock: the schedule is lifted once, and why is logged', async () => {
    const { id } = await articles.createArticle(input({ slug: 'moved-past' }), 'u1');
    await articles.changeStatus(id, { action: 'publish' }, 'u1');
    const { stagedVersion } = await staged.stageEdit(id, input({ slug: 'moved-past', body: 'Embargoed text.' }), 1, 0, 'u1');
    await staged.scheduleStagedEdit(id, stagedVersion, new Date(Date.now() - 1000), 'u1');
    // A write that did not carry itself into the staged version.
    await articles.updateArticle(id, input({ slug: 'moved-past', body: 'Corrected live text.' }), 1, 'u2');
    expect(await staged.publishDueStagedEdits()).toBe(0);
    expect(await staged.publishDueStagedEdits()).toBe(0);
    expect(await live(id)).toMatchObject({ body: 'Corrected live text.', version: 2 });
    expect((await staged.getStagedEdit(id))!).toMatchObject({ publishAt: null, input: { body: 'Embargoed text.' } });
    expect(await db.auditLog.count({ where: { action: 'scheduled-changes-not-published', subject: `article:${id}` } })).toBe(1);
    await expect(staged.publishStagedEdit(id, stagedVersion, 'u1')).rejects.toBeInstanceOf(staged.StaleStagedError);
    // Saved again from the editor (which shows live version 2), they stand on it and publish.
    const again = await staged.stageEdit(id, input({ slug: 'moved-past', body: 'Embargoed text, checked.' }), 2, stagedVersion, 'u1');
    await staged.publishStagedEdit(id, again.stagedVersion, 'u1');
    expect(await live(id)).toMatchObject({ body: 'Embargoed text, checked.', version: 3 });
  });
});

// Removing an expert or a topic that pieces use, on a real (SQLite) database:
// the pieces keep a byline or a tag, in the same byline position, and nothing
// is removed while pieces would lose it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchSqlite } from '../shared/test-databases.mjs';

const scratch = scratchSqlite('merge');
let db: typeof import('../db').db;
let admin: typeof import('./people-and-topics');

beforeAll(async () => {
  process.env.DATABASE_URL = scratch.url;
  process.env.CACHE_FILE = scratch.url.replace(/^file:/, '') + '.cache';
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  admin = await import('./people-and-topics');
  const type = await db.contentType.create({ data: { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary' } });
  for (const slug of ['ann', 'bob', 'cy']) await db.author.create({ data: { id: slug, slug, name: slug.toUpperCase(), sortName: slug } });
  for (const slug of ['arctic', 'shipping', 'energy']) await db.topic.create({ data: { id: slug, slug, name: slug } });
  // One piece by Ann then Bob on arctic and shipping; another by Cy then Ann on arctic.
  await db.article.create({ data: { id: 'p1', slug: 'p1', title: 'P1', typeId: type.id, status: 'PUBLISHED', publishedAt: new Date('2024-01-01') } });
  await db.article.create({ data: { id: 'p2', slug: 'p2', title: 'P2', typeId: type.id, status: 'PUBLISHED', publishedAt: new Date('2024-02-01') } });
  await db.articleAuthor.createMany({ data: [{ articleId: 'p1', authorId: 'ann', position: 0 }, { articleId: 'p1', authorId: 'bob', position: 1 }, { articleId: 'p2', authorId: 'cy', position: 0 }, { articleId: 'p2', authorId: 'ann', position: 1 }] });
  await db.articleTopic.createMany({ data: [{ articleId: 'p1', topicId: 'arctic' }, { articleId: 'p1', topicId: 'shipping' }, { articleId: 'p2', topicId: 'arctic' }] });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch.drop();
});

const byline = async (articleId: string) => (await db.articleAuthor.findMany({ where: { articleId }, orderBy: { position: 'asc' }, select: { authorId: true } })).map((a) => a.authorId);
const topicsOf = async (articleId: string) => (await db.articleTopic.findMany({ where: { articleId }, select: { topicId: true } })).map((t) => t.topicId).sort();

describe('removing what pieces use', () => {
  it('refuses to remove an expert with pieces unless someone takes over, or into themselves', async () => {
    await expect(admin.removeExpert('ann', null)).rejects.toThrow('This expert has 2 pieces: choose who takes over their bylines.');
    await expect(admin.removeExpert('ann', 'ann')).rejects.toThrow('Choose a different expert to merge into.');
    await expect(admin.removeExpert('ann', 'nobody')).rejects.toThrow('The expert to merge into no longer exists.');
    expect(await db.author.count({ where: { id: 'ann' } })).toBe(1);
  });

  it('merging an expert keeps every byline, in its position, without doubling one who is already there', async () => {
    await admin.removeExpert('bob', 'cy');
    expect(await byline('p1')).toEqual(['ann', 'cy']);
    await admin.removeExpert('ann', 'cy');
    expect(await byline('p1')).toEqual(['cy']);
    expect(await byline('p2')).toEqual(['cy']);
    expect(await db.author.count({ where: { id: { in: ['ann', 'bob'] } } })).toBe(0);
  });

  it('merging a topic keeps every piece tagged, once', async () => {
    await expect(admin.removeTopic('arctic', null)).rejects.toThrow('This topic is on 2 pieces: choose a topic to merge it into.');
    await admin.removeTopic('arctic', 'shipping');
    expect(await topicsOf('p1')).toEqual(['shipping']);
    expect(await topicsOf('p2')).toEqual(['shipping']);
    await admin.removeTopic('energy', null);
    expect(await db.topic.count()).toBe(1);
  });
});

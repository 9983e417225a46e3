// rankRelated runs hand-written SQL, so it is tested against real databases:
// a fresh SQLite file and a fresh PostgreSQL database, both migrated with the
// project's own migrations, holding the same small archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchPostgres, scratchSqlite, type ScratchDatabase } from './shared/test-databases.mjs';
import { createDb, type Db } from './shared/prisma-client';
import { rankRelated } from './related';

const backends: { name: string; create: () => Promise<ScratchDatabase> }[] = [
  { name: 'SQLite', create: async () => scratchSqlite('related') },
  { name: 'PostgreSQL', create: () => scratchPostgres('related') },
];

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Piece = {
  id: string;
  status: 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED';
  publishedAt: Date | null;
  authors?: string[];
  topics?: string[];
};

/**
 * The archive. The piece under test, SUBJECT, is by A1 and A2 on topics T1 and T2.
 * Expected scores (author 3, topic 2): see each comment.
 * Ids are chosen so that ordering by id would contradict ordering by date in every tie.
 */
function archive(now: Date): Piece[] {
  const d = (iso: string) => new Date(iso);
  const everything = { authors: ['a1', 'a2'], topics: ['t1', 't2'] };
  return [
    { id: 'subject', status: 'PUBLISHED', publishedAt: d('2024-01-10T09:00:00.000Z'), ...everything },
    // two shared authors: 3 + 3 = 6
    { id: 'two-authors', status: 'PUBLISHED', publishedAt: d('2023-06-01T10:00:00.000Z'), authors: ['a1', 'a2'] },
    // shared author + shared topic: 3 + 2 = 5, plus an unshared topic that adds nothing
    { id: 'author-topic', status: 'PUBLISHED', publishedAt: d('2023-05-01T10:00:00.000Z'), authors: ['a1'], topics: ['t1', 't3'] },
    // two shared topics: 2 + 2 = 4, older; inserted first and sorts first by id
    { id: 'tie4-a-older', status: 'PUBLISHED', publishedAt: d('2023-01-01T10:00:00.000Z'), topics: ['t1', 't2'] },
    // two shared topics: 2 + 2 = 4, newer (and an unshared author)
    { id: 'tie4-b-newer', status: 'PUBLISHED', publishedAt: d('2023-09-01T10:00:00.000Z'), authors: ['a3'], topics: ['t1', 't2'] },
    // one shared author: 3, old
    { id: 'tie3-a-published', status: 'PUBLISHED', publishedAt: d('2022-03-01T10:00:00.123Z'), authors: ['a2'] },
    // one shared author: 3, SCHEDULED and gone live an hour ago
    { id: 'tie3-b-scheduled-past', status: 'SCHEDULED', publishedAt: new Date(now.getTime() - HOUR), authors: ['a2'] },
    // one shared topic: 2, newest of the published ones
    { id: 'one-topic', status: 'PUBLISHED', publishedAt: d('2023-12-01T10:00:00.000Z'), topics: ['t2'] },
    // shares nothing with SUBJECT
    { id: 'unrelated', status: 'PUBLISHED', publishedAt: d('2023-11-01T10:00:00.000Z'), authors: ['a3'], topics: ['t3'] },
    // shares everything but must never be shown
    { id: 'hidden-draft', status: 'DRAFT', publishedAt: d('2023-02-01T10:00:00.000Z'), ...everything },
    { id: 'hidden-in-review', status: 'IN_REVIEW', publishedAt: d('2023-02-01T10:00:00.000Z'), ...everything },
    { id: 'hidden-unpublished', status: 'UNPUBLISHED', publishedAt: d('2023-02-01T10:00:00.000Z'), ...everything },
    { id: 'hidden-scheduled-future', status: 'SCHEDULED', publishedAt: new Date(now.getTime() + 7 * DAY), ...everything },
    { id: 'hidden-published-future', status: 'PUBLISHED', publishedAt: new Date(now.getTime() + 7 * DAY), ...everything },
    { id: 'hidden-published-no-date', status: 'PUBLISHED', publishedAt: null, ...everything },
    { id: 'hidden-draft-no-date', status: 'DRAFT', publishedAt: null, ...everything },
    // a piece with no authors or topics at all
    { id: 'loner', status: 'PUBLISHED', publishedAt: d('2023-03-01T10:00:00.000Z') },
  ];
}

const EXPECTED = [
  { id: 'two-authors', score: 6 },
  { id: 'author-topic', score: 5 },
  { id: 'tie4-b-newer', score: 4 },
  { id: 'tie4-a-older', score: 4 },
  { id: 'tie3-b-scheduled-past', score: 3 },
  { id: 'tie3-a-published', score: 3 },
  { id: 'one-topic', score: 2 },
];

async function seed(db: Db, pieces: Piece[]) {
  const type = await db.contentType.create({ data: { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary' } });
  for (const [id, name] of [
    ['a1', 'Samuel Bendett'],
    ['a2', 'Elsa B. Kania'],
    ['a3', 'Jim Townsend'],
  ]) {
    await db.author.create({ data: { id, slug: id, name, sortName: name } });
  }
  for (const [id, name] of [
    ['t1', 'China'],
    ['t2', 'Russia'],
    ['t3', 'Arctic'],
  ]) {
    await db.topic.create({ data: { id, slug: id, name } });
  }
  for (const p of pieces) {
    await db.article.create({
      data: {
        id: p.id,
        slug: p.id,
        title: `Title of ${p.id}`,
        typeId: type.id,
        status: p.status,
        publishedAt: p.publishedAt,
        authors: { create: (p.authors ?? []).map((authorId, position) => ({ authorId, position })) },
        topics: { create: (p.topics ?? []).map((topicId) => ({ topicId })) },
      },
    });
  }
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe.each(backends)('rankRelated on $name', (backend) => {
  let db: Db | undefined;
  let scratch: ScratchDatabase | undefined;
  const now = new Date();
  const pieces = archive(now);
  const scheduledPast = pieces.find((p) => p.id === 'tie3-b-scheduled-past')!.publishedAt!;

  beforeAll(async () => {
    scratch = await backend.create();
    await migrateAt(scratch.url);
    db = createDb(scratch.url);
    await seed(db, pieces);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  const rank = (articleId: string, limit: number, exclude?: string[], at = now) => rankRelated(db!, articleId, at, limit, exclude);

  it('has the archive in place', async () => {
    expect(await db!.article.count()).toBe(pieces.length);
    expect(await db!.articleAuthor.count({ where: { articleId: 'subject' } })).toBe(2);
  });

  it('ranks by shared authors (3 each) and topics (2 each), newest first on ties', async () => {
    expect(await rank('subject', 20)).toEqual(EXPECTED);
  });

  it('returns scores as plain integer numbers', async () => {
    const rows = await rank('subject', 20);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(typeof r.score).toBe('number');
      expect(Number.isInteger(r.score)).toBe(true);
      expect(typeof r.id).toBe('string');
    }
  });

  it('never includes the piece itself', async () => {
    for (const limit of [1, 5, 100]) expect(ids(await rank('subject', limit))).not.toContain('subject');
  });

  it('never includes drafts, pieces in review, unpublished pieces, future pieces or undated pieces', async () => {
    const out = ids(await rank('subject', 100));
    for (const hidden of pieces.filter((p) => p.id.startsWith('hidden-'))) expect(out).not.toContain(hidden.id);
  });

  it('includes a SCHEDULED piece whose time has passed', async () => {
    expect(ids(await rank('subject', 100))).toContain('tie3-b-scheduled-past');
  });

  it('includes a piece at exactly its go-live time, and not a millisecond before', async () => {
    expect(ids(await rank('subject', 100, [], new Date(scheduledPast)))).toContain('tie3-b-scheduled-past');
    expect(ids(await rank('subject', 100, [], new Date(scheduledPast.getTime() - 1)))).not.toContain('tie3-b-scheduled-past');
  });

  it('uses the clock it is given', async () => {
    // On 1 July 2023 only the pieces published before then were public.
    expect(await rank('subject', 20, [], new Date('2023-07-01T00:00:00.000Z'))).toEqual([
      { id: 'two-authors', score: 6 },
      { id: 'author-topic', score: 5 },
      { id: 'tie4-a-older', score: 4 },
      { id: 'tie3-a-published', score: 3 },
    ]);
  });

  it('never includes pieces that share nothing', async () => {
    const out = ids(await rank('subject', 100));
    expect(out).not.toContain('unrelated');
    expect(out).not.toContain('loner');
  });

  it('stops at the limit, keeping the best', async () => {
    expect(await rank('subject', 3)).toEqual(EXPECTED.slice(0, 3));
    expect(await rank('subject', 1)).toEqual(EXPECTED.slice(0, 1));
    expect(await rank('subject', 0)).toEqual([]);
  });

  it('skips excluded ids and still fills the limit', async () => {
    expect(await rank('subject', 3, ['two-authors', 'tie4-b-newer'])).toEqual([
      { id: 'author-topic', score: 5 },
      { id: 'tie4-a-older', score: 4 },
      { id: 'tie3-b-scheduled-past', score: 3 },
    ]);
  });

  it('fills the limit when the exclusions include the piece itself and ids that would not rank', async () => {
    // as the article page calls it: the piece itself plus the pinned pieces
    expect(ids(await rank('subject', 4, ['subject', 'unrelated', 'hidden-draft', 'two-authors']))).toEqual([
      'author-topic',
      'tie4-b-newer',
      'tie4-a-older',
      'tie3-b-scheduled-past',
    ]);
  });

  it('returns everything it has when the exclusions leave fewer than the limit', async () => {
    const exclude = ['two-authors', 'author-topic', 'tie4-b-newer', 'tie4-a-older', 'tie3-b-scheduled-past'];
    expect(await rank('subject', 5, exclude)).toEqual([
      { id: 'tie3-a-published', score: 3 },
      { id: 'one-topic', score: 2 },
    ]);
  });

  it('ranks from any piece, drawing only on what it shares', async () => {
    // "unrelated" is by a3 on t3: tie4-b-newer shares a3 (3), author-topic shares t3 (2)
    expect(await rank('unrelated', 10)).toEqual([
      { id: 'tie4-b-newer', score: 3 },
      { id: 'author-topic', score: 2 },
    ]);
  });

  it('returns nothing for a piece without authors or topics, or an unknown id', async () => {
    expect(await rank('loner', 10)).toEqual([]);
    expect(await rank('no-such-article', 10)).toEqual([]);
  });
});

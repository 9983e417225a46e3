// Editing a program's page on a real (SQLite) database: who may be named
// director, which pieces may be highlighted, and what the public page then
// reads, including after the director leaves the program. (The cached page
// itself is read through Next in e2e/programs.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchSqlite } from '../shared/test-databases.mjs';

const scratch = scratchSqlite('programs');
let db: typeof import('../db').db;
let admin: typeof import('./programs');
let experts: typeof import('./people-and-topics');
let pages: typeof import('../programs');

beforeAll(async () => {
  process.env.DATABASE_URL = scratch.url;
  process.env.CACHE_FILE = scratch.url.replace(/^file:/, '') + '.cache';
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  admin = await import('./programs');
  experts = await import('./people-and-topics');
  pages = await import('../programs');
  const type = await db.contentType.create({ data: { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary' } });
  await db.program.create({ data: { id: 'arctic', slug: 'arctic', name: 'Arctic Security' } });
  await db.program.create({ data: { id: 'space', slug: 'space', name: 'Space Security' } });
  for (const [slug, programId] of [['ann', 'arctic'], ['bob', 'arctic'], ['cy', 'space']] as const) {
    await db.author.create({ data: { id: slug, slug, name: slug.toUpperCase(), sortName: slug, title: 'Fellow', programId } });
  }
  const piece = (n: number, status: 'PUBLISHED' | 'DRAFT') =>
    db.article.create({ data: { id: `p${n}`, slug: `p${n}`, title: `Piece ${n}`, typeId: type.id, status, publishedAt: status === 'PUBLISHED' ? new Date(`2024-01-0${n}`) : null, programs: { create: { programId: 'arctic', position: 0 } } } });
  for (let n = 1; n <= 5; n++) await piece(n, 'PUBLISHED');
  await piece(6, 'DRAFT');
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch.drop();
});

const base = { name: 'Arctic Security', description: 'Ice, shipping lanes and the High North.', directorId: null, highlightIds: [] as string[] };

describe('saving a program page', () => {
  it('refuses a director from another program or nobody, and keeps the program unchanged', async () => {
    await expect(admin.saveProgram('arctic', { ...base, directorId: 'cy' })).rejects.toThrow('Choose a director from the program’s team');
    await expect(admin.saveProgram('arctic', { ...base, directorId: 'ghost' })).rejects.toThrow('Choose a director from the program’s team');
    expect((await db.program.findUniqueOrThrow({ where: { id: 'arctic' } })).directorId).toBeNull();
  });

  it('refuses a draft, an unknown piece and more than four highlights', async () => {
    await expect(admin.saveProgram('arctic', { ...base, highlightIds: ['p1', 'p6'] })).rejects.toThrow('A highlight must be a published piece.');
    await expect(admin.saveProgram('arctic', { ...base, highlightIds: ['nope'] })).rejects.toThrow('A highlight must be a published piece.');
    await expect(admin.saveProgram('arctic', { ...base, highlightIds: ['p1', 'p2', 'p3', 'p4', 'p5'] })).rejects.toThrow('Choose at most 4 highlights.');
    await expect(admin.saveProgram('gone', base)).rejects.toThrow('This program no longer exists.');
    expect(await db.programHighlight.count()).toBe(0);
  });

  it('the page shows the director apart from the team and the highlights in the chosen order, each once', async () => {
    await admin.saveProgram('arctic', { ...base, directorId: 'bob', highlightIds: ['p3', 'p1', 'p3'] });
    const page = await pages.loadProgram('arctic');
    expect(page?.description).toBe(base.description);
    expect(page?.director?.slug).toBe('bob');
    expect(page?.team.map((m) => m.slug)).toEqual(['ann']);
    expect(page?.teamSize).toBe(2);
    expect(page?.highlightIds).toEqual(['p3', 'p1']);
    const forAdmin = (await admin.listProgramsForAdmin()).find((p) => p.id === 'arctic');
    expect(forAdmin?.highlightIds).toEqual(['p3', 'p1']);
    // The editor is offered the program's public pieces, never its draft.
    expect(forAdmin?.candidates.map((c) => c.id).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('a director who moves to another program stops leading this one', async () => {
    const bob = await db.author.findUniqueOrThrow({ where: { id: 'bob' } });
    await experts.saveExpert('bob', { slug: bob.slug, name: bob.name, sortName: bob.sortName, title: bob.title, bio: bob.bio, photoUrl: null, photoAlt: null, programId: 'space' });
    expect((await db.program.findUniqueOrThrow({ where: { id: 'arctic' } })).directorId).toBeNull();
    const page = await pages.loadProgram('arctic');
    expect(page?.director).toBeNull();
    expect(page?.team.map((m) => m.slug)).toEqual(['ann']);
  });

  it('an unknown program has no page', async () => {
    expect(await pages.loadProgram('nowhere')).toBeNull();
  });
});

import 'server-only';
import { db, type Tx } from '../db';
import { tags } from '../cache-tags';
import { writeChange } from '../publishing/write-step';
import { reindexInTransaction } from '../shared/search-index';
import { carryIntoStagedEdits } from './staged-carry';

// Experts and topics appear inside cached article data (bylines, tag lists),
// so any change to one expires its own pages and every cached article read.

export async function listExpertsForAdmin() {
  const rows = await db.author.findMany({
    orderBy: [{ sortName: 'asc' }],
    select: { id: true, slug: true, name: true, title: true, _count: { select: { articles: true } } },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, title: r.title, pieces: r._count.articles }));
}

export async function getExpertForEdit(id: string) {
  return db.author.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, sortName: true, title: true, bio: true, photoUrl: true, photoAlt: true, programId: true },
  });
}

export type ExpertInput = {
  slug: string;
  name: string;
  sortName: string;
  title: string;
  bio: string;
  photoUrl: string | null;
  photoAlt: string | null;
  programId: string | null;
};

export class TakenError extends Error {}

export async function saveExpert(id: string | null, input: ExpertInput): Promise<string> {
  const clash = await db.author.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (clash && clash.id !== id) throw new TakenError(`The address "${input.slug}" belongs to another expert.`);
  const before = id ? await db.author.findUnique({ where: { id }, select: { slug: true } }) : null;
  const saved = await writeChange(
    async (tx) => {
      const row = id
        ? await tx.author.update({ where: { id }, data: input, select: { id: true } })
        : await tx.author.create({ data: input, select: { id: true } });
      // A director who leaves a program's team no longer leads it.
      await tx.program.updateMany({ where: { directorId: row.id, ...(input.programId ? { id: { not: input.programId } } : {}) }, data: { directorId: null } });
      // Their name is part of the search index of every piece they wrote.
      const theirs = await tx.articleAuthor.findMany({ where: { authorId: row.id }, select: { articleId: true } });
      await reindexInTransaction(tx, theirs.map((r) => r.articleId));
      return { value: row, tags: [tags.articles, tags.lists, tags.taxonomy, tags.author(input.slug), ...(before ? [tags.author(before.slug)] : [])] };
    },
    { timeout: 60_000 },
  );
  return saved.id;
}

/**
 * Removing an expert or a topic that pieces use merges it into another, so no
 * piece loses a byline or a tag: each link moves to the other one (keeping a
 * byline's position), unless the piece already has it. One way for both.
 */
type Mergeable = {
  find: (id: string) => Promise<{ slug: string; links: { articleId: string; position?: number }[] } | null>;
  slugOf: (id: string) => Promise<string | null>;
  inUse: (pieces: number) => string;
  hasLink: (tx: Tx, articleId: string, targetId: string) => Promise<boolean>;
  link: (tx: Tx, articleId: string, targetId: string, position: number | undefined) => Promise<unknown>;
  remove: (tx: Tx, id: string) => Promise<unknown>;
  tag: (slug: string) => string;
  /** The list in a piece's staged changes (lib/admin/staged-carry.ts) that names it. */
  field: 'authorIds' | 'topicIds';
};

async function removeMerging(kind: Mergeable, noun: string, id: string, mergeIntoId: string | null): Promise<void> {
  const found = await kind.find(id);
  if (!found) return;
  if (found.links.length && !mergeIntoId) throw new Error(kind.inUse(found.links.length));
  if (mergeIntoId === id) throw new Error(`Choose a different ${noun} to merge into.`);
  const targetSlug = mergeIntoId ? await kind.slugOf(mergeIntoId) : null;
  if (mergeIntoId && !targetSlug) throw new Error(`The ${noun} to merge into no longer exists.`);
  await writeChange(async (tx) => {
    for (const l of found.links) {
      if (!(await kind.hasLink(tx, l.articleId, mergeIntoId!))) await kind.link(tx, l.articleId, mergeIntoId!, l.position);
    }
    // Staged changes naming the removed one name the one it was merged into
    // (once) in its place, or, for one no live piece used, no longer name it.
    await carryIntoStagedEdits(tx, { containing: id }, (s) => {
      if (!s[kind.field].includes(id)) return s;
      const ids = s[kind.field].flatMap((x) => (x !== id ? [x] : mergeIntoId ? [mergeIntoId] : []));
      return { ...s, [kind.field]: ids.filter((x, i) => ids.indexOf(x) === i) };
    });
    await kind.remove(tx, id);
    await reindexInTransaction(tx, found.links.map((l) => l.articleId));
    return { value: undefined, tags: [tags.articles, tags.lists, tags.taxonomy, kind.tag(found.slug), ...(targetSlug ? [kind.tag(targetSlug)] : [])] };
  }, { timeout: 60_000 });
}

const experts: Mergeable = {
  find: async (id) => {
    const e = await db.author.findUnique({ where: { id }, select: { slug: true, articles: { select: { articleId: true, position: true } } } });
    return e && { slug: e.slug, links: e.articles };
  },
  slugOf: async (id) => (await db.author.findUnique({ where: { id }, select: { slug: true } }))?.slug ?? null,
  inUse: (n) => `This expert has ${n} pieces: choose who takes over their bylines.`,
  hasLink: async (tx, articleId, authorId) => !!(await tx.articleAuthor.findUnique({ where: { articleId_authorId: { articleId, authorId } } })),
  link: (tx, articleId, authorId, position) => tx.articleAuthor.create({ data: { articleId, authorId, position: position ?? 0 } }),
  remove: (tx, id) => tx.author.delete({ where: { id } }),
  tag: tags.author,
  field: 'authorIds',
};

const topics: Mergeable = {
  find: async (id) => {
    const t = await db.topic.findUnique({ where: { id }, select: { slug: true, articles: { select: { articleId: true } } } });
    return t && { slug: t.slug, links: t.articles };
  },
  slugOf: async (id) => (await db.topic.findUnique({ where: { id }, select: { slug: true } }))?.slug ?? null,
  inUse: (n) => `This topic is on ${n} pieces: choose a topic to merge it into.`,
  hasLink: async (tx, articleId, topicId) => !!(await tx.articleTopic.findUnique({ where: { articleId_topicId: { articleId, topicId } } })),
  link: (tx, articleId, topicId) => tx.articleTopic.create({ data: { articleId, topicId } }),
  remove: (tx, id) => tx.topic.delete({ where: { id } }),
  tag: tags.topic,
  field: 'topicIds',
};

/** Removes an expert; one with bylines is merged into another expert, in the same byline position. */
export function removeExpert(id: string, mergeIntoId: string | null): Promise<void> {
  return removeMerging(experts, 'expert', id, mergeIntoId);
}

/** Removes a topic; one in use is merged into another, so its pieces stay tagged. */
export function removeTopic(id: string, mergeIntoId: string | null): Promise<void> {
  return removeMerging(topics, 'topic', id, mergeIntoId);
}

export async function listTopicsForAdmin() {
  const rows = await db.topic.findMany({
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, kind: true, description: true, _count: { select: { articles: true } } },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, kind: r.kind, description: r.description, pieces: r._count.articles }));
}

export type TopicInput = { slug: string; name: string; kind: 'TOPIC' | 'REGION'; description: string };

export async function saveTopic(id: string | null, input: TopicInput): Promise<void> {
  const clash = await db.topic.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (clash && clash.id !== id) throw new TakenError(`The address "${input.slug}" belongs to another topic.`);
  const before = id ? await db.topic.findUnique({ where: { id }, select: { slug: true } }) : null;
  await writeChange(
    async (tx) => {
      if (id) {
        await tx.topic.update({ where: { id }, data: input });
        const tagged = await tx.articleTopic.findMany({ where: { topicId: id }, select: { articleId: true } });
        await reindexInTransaction(tx, tagged.map((r) => r.articleId));
      } else await tx.topic.create({ data: input });
      return { value: undefined, tags: [tags.articles, tags.lists, tags.taxonomy, tags.topic(input.slug), ...(before ? [tags.topic(before.slug)] : [])] };
    },
    { timeout: 60_000 },
  );
}

export async function listProgramOptions() {
  return db.program.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

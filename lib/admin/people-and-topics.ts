import 'server-only';
import { db } from '../db';
import { tags } from '../cache-tags';
import { writeChange } from '../publishing/write-step';
import { reindexInTransaction } from '../shared/search-index';

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
 * Removes an expert. One with bylines must be merged into another expert:
 * their pieces then carry the other name in the same byline position, so no
 * piece loses an author.
 */
export async function removeExpert(id: string, mergeIntoId: string | null): Promise<void> {
  const expert = await db.author.findUnique({ where: { id }, select: { slug: true, articles: { select: { articleId: true, position: true } } } });
  if (!expert) return;
  if (expert.articles.length && !mergeIntoId) throw new Error(`This expert has ${expert.articles.length} pieces: choose who takes over their bylines.`);
  if (mergeIntoId === id) throw new Error('Choose a different expert to merge into.');
  const target = mergeIntoId ? await db.author.findUnique({ where: { id: mergeIntoId }, select: { slug: true } }) : null;
  if (mergeIntoId && !target) throw new Error('The expert to merge into no longer exists.');
  await writeChange(async (tx) => {
    for (const link of expert.articles) {
      const already = await tx.articleAuthor.findUnique({ where: { articleId_authorId: { articleId: link.articleId, authorId: mergeIntoId! } } });
      if (!already) await tx.articleAuthor.create({ data: { articleId: link.articleId, authorId: mergeIntoId!, position: link.position } });
    }
    await tx.author.delete({ where: { id } });
    await reindexInTransaction(tx, expert.articles.map((a) => a.articleId));
    return { value: undefined, tags: [tags.articles, tags.lists, tags.taxonomy, tags.author(expert.slug), ...(target ? [tags.author(target.slug)] : [])] };
  }, { timeout: 60_000 });
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

/** Like experts: a topic in use is merged into another, so its pieces stay tagged. */
export async function removeTopic(id: string, mergeIntoId: string | null): Promise<void> {
  const topic = await db.topic.findUnique({ where: { id }, select: { slug: true, articles: { select: { articleId: true } } } });
  if (!topic) return;
  if (topic.articles.length && !mergeIntoId) throw new Error(`This topic is on ${topic.articles.length} pieces: choose a topic to merge it into.`);
  if (mergeIntoId === id) throw new Error('Choose a different topic to merge into.');
  const target = mergeIntoId ? await db.topic.findUnique({ where: { id: mergeIntoId }, select: { slug: true } }) : null;
  if (mergeIntoId && !target) throw new Error('The topic to merge into no longer exists.');
  await writeChange(async (tx) => {
    for (const link of topic.articles) {
      const already = await tx.articleTopic.findUnique({ where: { articleId_topicId: { articleId: link.articleId, topicId: mergeIntoId! } } });
      if (!already) await tx.articleTopic.create({ data: { articleId: link.articleId, topicId: mergeIntoId! } });
    }
    await tx.topic.delete({ where: { id } });
    await reindexInTransaction(tx, topic.articles.map((a) => a.articleId));
    return { value: undefined, tags: [tags.articles, tags.lists, tags.taxonomy, tags.topic(topic.slug), ...(target ? [tags.topic(target.slug)] : [])] };
  }, { timeout: 60_000 });
}

export async function listProgramOptions() {
  return db.program.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

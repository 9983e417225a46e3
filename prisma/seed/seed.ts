import type { Db } from '../../lib/shared/prisma-client';
import * as content from './content';

const BASE_TIME = 'T14:00:00.000Z'; // 10:00 in Washington, so the date reads the same there and in UTC.

/** True when the database has no content at all (a fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [types, articles] = await Promise.all([db.contentType.count(), db.article.count()]);
  return types === 0 && articles === 0;
}

/** Loads the demo content. Ids are derived from slugs so both databases get identical rows. */
export async function seedDemoContent(db: Db): Promise<{ articles: number; authors: number; topics: number }> {
  const id = (kind: string, slug: string) => `${kind}_${slug}`.slice(0, 120);
  await db.$transaction(async (tx) => {
    await tx.contentType.createMany({ data: content.contentTypes.map((t) => ({ id: id('type', t.slug), ...t })) });
    await tx.program.createMany({
      data: content.programs.map(({ director: _d, highlights: _h, ...p }) => ({ id: id('program', p.slug), ...p })),
    });
    await tx.topic.createMany({ data: content.topics.map((t) => ({ id: id('topic', t.slug), ...t })) });
    await tx.author.createMany({
      data: content.authors.map(({ program, ...a }) => ({ id: id('author', a.slug), ...a, programId: id('program', program) })),
    });
    await tx.article.createMany({
      data: content.articles.map((a) => ({
        id: id('article', a.slug),
        slug: a.slug,
        title: a.title,
        dek: a.dek,
        body: a.body,
        pullQuote: a.pullQuote ?? null,
        typeId: id('type', a.type),
        status: a.status ?? 'PUBLISHED',
        publishedAt: a.status && a.status !== 'PUBLISHED' ? null : new Date(`${a.publishedAt}${BASE_TIME}`),
        featured: a.featured ?? false,
        outletName: a.outletName ?? null,
        outletUrl: a.outletUrl ?? null,
      })),
    });
    await tx.articleAuthor.createMany({
      data: content.articles.flatMap((a) =>
        a.authors.map((author, position) => ({ articleId: id('article', a.slug), authorId: id('author', author), position })),
      ),
    });
    await tx.articleTopic.createMany({
      data: content.articles.flatMap((a) => a.topics.map((topic) => ({ articleId: id('article', a.slug), topicId: id('topic', topic) }))),
    });
    await tx.articleProgram.createMany({
      data: content.articles.flatMap((a) =>
        a.programs.map((program, position) => ({ articleId: id('article', a.slug), programId: id('program', program), position })),
      ),
    });
    // Directors point at authors, so they are set once the authors exist.
    for (const p of content.programs) {
      if (p.director) await tx.program.update({ where: { id: id('program', p.slug) }, data: { directorId: id('author', p.director) } });
    }
    await tx.programHighlight.createMany({
      data: content.programs.flatMap((p) =>
        (p.highlights ?? []).map((article, position) => ({ programId: id('program', p.slug), articleId: id('article', article), position })),
      ),
    });
    await tx.relatedPin.createMany({
      data: content.articles.flatMap((a) =>
        (a.pinned ?? []).map((related, position) => ({ articleId: id('article', a.slug), relatedId: id('article', related), position })),
      ),
    });
  });
  return { articles: content.articles.length, authors: content.authors.length, topics: content.topics.length };
}

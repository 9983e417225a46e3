import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { cached } from '../cached';
import { tags } from '../cache-tags';

export type TopicInfo = { slug: string; name: string; kind: 'TOPIC' | 'REGION'; description: string };
export type TypeInfo = { slug: string; name: string; pluralName: string };
export type ProgramInfo = { slug: string; name: string; description: string };

export type Taxonomy = { topics: TopicInfo[]; types: TypeInfo[]; programs: ProgramInfo[] };

/** Topics, regions, content types and research programs: small, read everywhere, cached together. */
export const getTaxonomy = cache(async (): Promise<Taxonomy> =>
  cached(['taxonomy'], [tags.taxonomy], async () => {
    const [topics, types, programs] = await Promise.all([
      db.topic.findMany({ orderBy: [{ kind: 'asc' }, { name: 'asc' }], select: { slug: true, name: true, kind: true, description: true } }),
      db.contentType.findMany({ orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true, pluralName: true } }),
      db.program.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true, description: true } }),
    ]);
    return { topics, types, programs };
  }),
);

export async function getTopic(slug: string): Promise<TopicInfo | null> {
  return (await getTaxonomy()).topics.find((t) => t.slug === slug) ?? null;
}

import type { Taxonomy } from '../taxonomy';
import type { Follow, FollowChoice } from './index';

export type FollowGroup = { legend: string; options: { value: string; label: string }[] };

/** The shape of a choice as the forms send it ("topic:china"); checked before choicesOf reads one. */
export const FOLLOW_VALUE = /^(topic|program|expert):[a-z0-9][a-z0-9-]{0,119}$/;

/** A choice as the forms send it ("topic:china"), and back (the action checks the form first). */
export const followValue = (f: { kind: string; slug: string }) => `${f.kind}:${f.slug}`;
export const choicesOf = (values: string[]): FollowChoice[] =>
  values.map((v) => {
    const [kind, slug] = v.split(':');
    return { kind: kind as FollowChoice['kind'], slug };
  });

/** The boxes of the sign-up and manage forms: topics, regions, programs, and any experts already followed. */
export function followGroups(taxonomy: Taxonomy, experts: Pick<Follow, 'slug' | 'name'>[] = []): FollowGroup[] {
  const topics = (kind: 'TOPIC' | 'REGION') => taxonomy.topics.filter((t) => t.kind === kind).map((t) => ({ value: followValue({ kind: 'topic', slug: t.slug }), label: t.name }));
  return [
    { legend: 'Topics', options: topics('TOPIC') },
    { legend: 'Regions', options: topics('REGION') },
    { legend: 'Programs', options: taxonomy.programs.map((p) => ({ value: followValue({ kind: 'program', slug: p.slug }), label: p.name })) },
    { legend: 'Experts', options: experts.map((e) => ({ value: followValue({ kind: 'expert', slug: e.slug }), label: e.name })) },
  ].filter((g) => g.options.length > 0);
}

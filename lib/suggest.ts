export type Suggestion = { label: string; href: string; kind: 'Expert' | 'Topic' | 'Region' };

/** Names where some word starts with what was typed, experts first, at most eight. */
export function suggest(
  q: string,
  experts: { slug: string; name: string }[],
  topics: { slug: string; name: string; kind: 'TOPIC' | 'REGION' }[],
): Suggestion[] {
  const needle = q.normalize('NFKC').trim().toLowerCase();
  if (needle.length < 2) return [];
  const hit = (name: string) => name.toLowerCase().split(/[\s-]+/).some((w) => w.startsWith(needle)) || name.toLowerCase().startsWith(needle);
  return [
    ...experts.filter((e) => hit(e.name)).map((e) => ({ label: e.name, href: `/experts/${e.slug}`, kind: 'Expert' as const })),
    ...topics.filter((t) => hit(t.name)).map((t) => ({ label: t.name, href: `/topics/${t.slug}`, kind: t.kind === 'REGION' ? ('Region' as const) : ('Topic' as const) })),
  ].slice(0, 8);
}

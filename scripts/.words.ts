import { articles } from '../prisma/seed/content';
const live = articles.filter((a) => !a.status);
const n = new Map<string, number>();
for (const a of live) for (const w of new Set([a.title, a.dek, a.body].join(' ').toLowerCase().split(/[^a-z]+/))) n.set(w, (n.get(w) ?? 0) + 1);
console.log(live.length, [...n].sort((a, b) => b[1] - a[1]).filter(([w]) => w.length > 5).slice(0, 15));
console.log(live.slice(0,3).map(a=>[a.type,a.topics,a.publishedAt, a.authors]));

import { runSearch } from '../lib/search/sql';
const words = ['security', 'china', 'policy', 'defense', 'military', 'russia', 'nuclear', 'trade', 'energy', 'alliance'];
const types = ['commentary', 'article', 'report', 'in-the-news'];
async function time(label: string, f: () => Promise<unknown>) {
  const ts: number[] = [];
  for (let i = 0; i < words.length * 2; i++) { const t = performance.now(); await f.call(null, i); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(label, 'p50', ts[Math.floor(ts.length / 2)].toFixed(1), 'max', ts[ts.length - 1].toFixed(1));
}
const now = new Date();
let i = 0;
await time('unfiltered', () => runSearch({ q: words[i++ % words.length], page: 1 }, now, 0, false));
await time('filtered type', () => { const k = i++; return runSearch({ q: words[k % words.length], type: types[k % 4], page: 1 }, now, 0, false); });
await time('filtered type+year', () => { const k = i++; return runSearch({ q: words[k % words.length], type: types[k % 4], year: 2015 + (k % 10), page: 1 }, now, 0, false); });
await time('filtered pending', () => { const k = i++; return runSearch({ q: words[k % words.length], type: types[k % 4], page: 1 }, now, 0, true); });
const r = await runSearch({ q: 'security', type: 'report', page: 1 }, now, 0, false);
console.log('security/report total', r.total, r.approximate, r.rows.length);
process.exit(0);

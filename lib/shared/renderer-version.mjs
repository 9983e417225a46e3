// A fingerprint of the Markdown renderer: its own source files and the exact
// versions of the packages they import, with everything those depend on (from
// package-lock.json). Stored bodies rendered by a different fingerprint are
// not shown (lib/shared/rendered-body.ts). Only the renderer's own packages
// count: hashing the whole lockfile re-rendered every stored body (100,000
// at bench scale) whenever any unrelated dependency moved. The build bakes it
// into the server (next.config.js); scripts and tests compute it here.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_SOURCES = ['lib/markdown.ts', 'lib/embeds.ts', 'lib/media/dimensions.ts'];

const read = (file) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : null);

/** Bare package names a source file imports ("unified", "@scope/name"), not relative or node: imports. */
export function importedPackages(source) {
  const names = new Set();
  for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g)) {
    const spec = m[1];
    if (spec.startsWith('node:')) continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return names;
}

/**
 * "name@version" of every lockfile entry in the dependency closure of these
 * packages (every copy of a name, nested ones too: over-counting only costs
 * a re-render, missing one would show bodies from an older renderer).
 */
export function lockedClosure(lock, roots) {
  const entries = Object.entries(lock.packages ?? {}).filter(([p]) => p.includes('node_modules/'));
  const nameOf = (p) => p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const byName = new Map();
  for (const [p, e] of entries) byName.set(nameOf(p), [...(byName.get(nameOf(p)) ?? []), e]);
  const seen = new Set();
  const todo = [...roots];
  while (todo.length) {
    const name = todo.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    for (const e of byName.get(name) ?? []) todo.push(...Object.keys({ ...e.dependencies, ...e.peerDependencies }));
  }
  return [...seen].flatMap((n) => (byName.get(n) ?? []).map((e) => `${n}@${e.version}`)).sort();
}

/** @returns {string} */
export function rendererVersion() {
  const hash = createHash('sha256');
  const roots = new Set();
  // A file absent at run time (a trimmed deploy) only matters to builds: the
  // server uses the fingerprint its build baked in.
  for (const file of RENDERER_SOURCES) {
    const source = read(file);
    hash.update(file).update('\0').update(source ?? 'absent').update('\0');
    for (const name of importedPackages(source ?? '')) roots.add(name);
  }
  const lock = read('package-lock.json');
  hash.update(lock ? lockedClosure(JSON.parse(lock), roots).join('\n') : 'no lockfile');
  return hash.digest('hex').slice(0, 16);
}

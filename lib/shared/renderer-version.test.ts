import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importedPackages, lockedClosure, RENDERER_SOURCES } from './renderer-version.mjs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const roots = new Set(RENDERER_SOURCES.flatMap((f) => [...importedPackages(readFileSync(f, 'utf8'))]));
const bump = (name: string) => {
  const copy = structuredClone(lock);
  copy.packages[`node_modules/${name}`].version = '999.0.0';
  return lockedClosure(copy, roots).join('\n');
};

describe('the renderer fingerprint', () => {
  it('names the packages the renderer imports, not relative or node: imports', () => {
    expect([...importedPackages(`import a from 'unified';\nimport { b } from "@scope/pkg/sub";\nimport c from './local';\nimport d from 'node:fs';\nconst e = await import('remark-gfm');`)].sort()).toEqual(['@scope/pkg', 'remark-gfm', 'unified']);
    expect(roots.has('unified')).toBe(true);
  });

  it('moves when a package the renderer runs on moves, directly or deep in its tree', () => {
    const base = lockedClosure(lock, roots).join('\n');
    expect(bump('remark-gfm')).not.toBe(base);
    // micromark parses the Markdown under remark-parse: not imported, still part of the renderer.
    expect(bump('micromark')).not.toBe(base);
  });

  it('stays put when an unrelated dependency moves, so stored bodies are not all re-rendered', () => {
    const base = lockedClosure(lock, roots).join('\n');
    expect(bump('zod')).toBe(base);
    expect(bump('next')).toBe(base);
  });
});

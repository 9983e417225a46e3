// A fingerprint of the Markdown renderer: its own source files and the exact
// package versions it runs on (package-lock.json). Stored bodies rendered by a
// different fingerprint are not shown (lib/shared/rendered-body.ts). The build
// bakes it into the server (next.config.js); scripts and tests compute it here.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_SOURCES = ['lib/markdown.ts', 'lib/embeds.ts', 'lib/media/dimensions.ts', 'package-lock.json'];

/** @returns {string} */
export function rendererVersion() {
  const hash = createHash('sha256');
  // A file absent at run time (a trimmed deploy) only matters to builds: the
  // server uses the fingerprint its build baked in.
  for (const file of RENDERER_SOURCES) hash.update(file).update('\0').update(existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : 'absent').update('\0');
  return hash.digest('hex').slice(0, 16);
}

// A fingerprint of the Markdown renderer: its own source files and the exact
// package versions it runs on (package-lock.json). Stored bodies rendered by a
// different fingerprint are not shown (lib/shared/rendered-body.ts). The build
// bakes it into the server (next.config.js); scripts and tests compute it here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_SOURCES = ['lib/markdown.ts', 'lib/embeds.ts', 'lib/media/dimensions.ts', 'package-lock.json'];

/** @returns {string} */
export function rendererVersion() {
  const hash = createHash('sha256');
  for (const file of RENDERER_SOURCES) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

#!/usr/bin/env node
// `npm run build`: one production build for every instance, made with no
// database and no configuration of any instance.
//
// Next.js prerenders the static routes (home, the expert and topic
// indexes) while it builds. Those renders read through the data layer, so
// they get an empty scratch SQLite database here, which is deleted afterwards.
// Nothing they render is ever served: the cache handler (lib/cache/handler.mjs)
// stores nothing during a build and ignores build output, so every page is
// rendered from the real database on its first request and cached by tag.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'thinktank-build-'));
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(scratch, 'empty.db')}`,
  // Instance settings must not leak into the build.
  REDIS_URL: '',
  SITE_URL: '',
  FRONT_PURGE_URLS: '',
  SEED_DEMO_CONTENT: 'false',
};
delete env.REDIS_URL;
delete env.SITE_URL;
try {
  for (const args of [[path.join(root, 'scripts', 'db.mjs'), 'migrate:apply'], [require.resolve('next/dist/bin/next'), 'build']]) {
    const res = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
    if (res.status !== 0) process.exit(res.status ?? 1);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

#!/usr/bin/env node
// `npm start`: make the database ready, build if there is no build, serve.
// `npm run dev`: the same preparation, then `next dev` with hot reload.
//
//   DATABASE_URL        unset: embedded SQLite file at prisma/data/site.db;
//                       postgresql://...: that PostgreSQL database
//   SEED_DEMO_CONTENT   "false" keeps an empty database empty
//   PORT                port to listen on (3000)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, waitForDatabase, withStartupLock } from '../lib/shared/migrations.mjs';
import { databaseTarget } from '../lib/shared/database-url.mjs';
import { serverEnv, serverNodeFlags } from './server-options.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const nextBin = require.resolve('next/dist/bin/next');
const tsxBin = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(args, extraEnv = {}) {
  const res = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

// Sessions are signed with BETTER_AUTH_SECRET. A fresh install gets a random
// one, kept next to the embedded database so sign-ins survive restarts.
if (!process.env.BETTER_AUTH_SECRET) {
  const file = path.join(root, 'prisma', 'data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  process.env.BETTER_AUTH_SECRET = readFileSync(file, 'utf8').trim();
  if (process.env.DATABASE_URL) console.warn('BETTER_AUTH_SECRET is not set: using the generated one in prisma/data/auth-secret');
}

const target = databaseTarget();
console.log(`database: ${target.kind === 'sqlite' ? `SQLite file ${path.relative(root, target.file)}` : 'PostgreSQL'}`);
const port = process.env.PORT || '3000';

// Absolute links (feeds, sitemaps, canonical, sharing cards) come from
// SITE_URL; the embedded default follows the port it serves on.
process.env.SITE_URL ||= `http://localhost:${port}`;
// Without Redis the cache lives in a SQLite file; beside an SQLite database
// it is that database's own, so two sites on one machine never share one.
if (!process.env.REDIS_URL && !process.env.CACHE_FILE) {
  process.env.CACHE_FILE = target.kind === 'sqlite' ? `${target.file}.cache` : path.join(root, 'prisma', 'data', 'next-cache.db');
}
console.log(`cache: ${process.env.REDIS_URL ? 'Redis' : `SQLite file ${path.relative(root, process.env.CACHE_FILE)}`}`);

try {
  await waitForDatabase();
  // Migrations and the demo seed run under one lock, so any number of
  // instances can start at the same moment.
  await withStartupLock(async () => {
    await applyMigrations();
    if (process.env.SEED_DEMO_CONTENT !== 'false') run([tsxBin, 'scripts/seed.ts']);
  });
} catch (e) {
  console.error(`cannot start: ${e.message}`);
  process.exit(1);
}

const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!dev && !existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.log('no production build yet: building');
  run([path.join(root, 'scripts', 'build.mjs')]);
}

// LISTEN_HOST=127.0.0.1 when a front on the same machine is the only client
// (not HOSTNAME: shells and containers set that to the machine's name).
const listen = process.env.LISTEN_HOST ? ['-H', process.env.LISTEN_HOST] : [];
const child = spawn(process.execPath, [...(dev ? [] : serverNodeFlags()), nextBin, dev ? 'dev' : 'start', '-p', port, ...listen], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...serverEnv() },
});
// SIGTERM (a deploy, a scale-down): Next stops accepting connections and
// finishes the requests in flight before it exits; we exit with it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

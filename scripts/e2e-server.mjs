#!/usr/bin/env node
// Serves a fresh production build on a fresh database for the end-to-end tests:
//   node scripts/e2e-server.mjs sqlite 3100
//   node scripts/e2e-server.mjs postgres 3101
// Each database gets its own build directory, so cached pages never mix.
import { rmSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [kind, port] = process.argv.slice(2);
if (!['sqlite', 'postgres'].includes(kind) || !port) {
  console.error('usage: e2e-server.mjs <sqlite|postgres> <port>');
  process.exit(2);
}

const distDir = `.next-e2e-${kind}`;
rmSync(path.join(root, distDir), { recursive: true, force: true });

let databaseUrl;
if (kind === 'sqlite') {
  const dir = path.join(root, 'test-results', 'e2e-db');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'site.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  databaseUrl = `file:${file}`;
} else {
  const admin = process.env.E2E_POSTGRES_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = 'thinktank_e2e';
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
}

const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, PORT: port, NODE_ENV: 'production', SITE_URL: `http://localhost:${port}` },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

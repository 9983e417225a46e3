#!/usr/bin/env node
// Serves the production build on a fresh database for the end-to-end tests:
//   node scripts/e2e-server.mjs sqlite 3100     embedded default: SQLite, cache in a SQLite file
//   node scripts/e2e-server.mjs postgres 3101   production shape: PostgreSQL, cache in Redis (db 6)
// Both serve the same build (.next-e2e, made once by playwright.config.ts).
import { rmSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPostgres, freshRedis } from './topology.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [kind, port] = process.argv.slice(2);
if (!['sqlite', 'postgres'].includes(kind) || !port) {
  console.error('usage: e2e-server.mjs <sqlite|postgres> <port>');
  process.exit(2);
}

/** The test SMTP server's port for the app on `port` (3100 → 3125). */
function mailboxPort(appPort) {
  return appPort + 25;
}

const dir = path.join(root, 'test-results', `e2e-${kind}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const env = { ...process.env, NEXT_DIST_DIR: '.next-e2e', PORT: port, NODE_ENV: 'production', MEDIA_DIR: path.join(dir, 'media') };
delete env.SITE_URL; // the embedded default follows the port it serves on
// Staff e-mail goes to a real SMTP server the review test starts on this port (e2e/mailbox.ts); while none listens, sends fail and are logged.
env.SMTP_URL = `smtp://127.0.0.1:${mailboxPort(Number(port))}`;
env.MAIL_FROM = 'Publishing <publishing@example.org>';
if (kind === 'sqlite') {
  env.DATABASE_URL = `file:${path.join(dir, 'site.db')}`;
  delete env.REDIS_URL;
} else {
  env.DATABASE_URL = await freshPostgres('thinktank_e2e');
  env.REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/6';
  await freshRedis(env.REDIS_URL);
}

const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

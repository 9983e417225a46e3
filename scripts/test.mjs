#!/usr/bin/env node
// `npm test`: every test. First it checks that the machine has what the tests
// need and names, one line each, what is missing and how to get it (instead of
// failing deep inside Playwright or Vitest). Then unit tests (fast), the
// end-to-end suite against production builds on SQLite and on PostgreSQL, and
// the schema check.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { reachable } from '../lib/shared/test-services.mjs';

const POSTGRES = new URL(process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/8');

const runs = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

async function missing() {
  const out = [];
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const bundled = spawnSync(process.execPath, ['-e', "const p=require('playwright-core').chromium.executablePath();process.exit(require('fs').existsSync(p)?0:1)"], { stdio: 'ignore' }).status === 0;
  if (!existsSync(chromium) && !bundled) out.push(`Chromium: not at ${chromium} and no Playwright browser (Debian: apt-get install -y chromium; elsewhere: npx playwright install chromium)`);
  if (!runs('java', ['-version'])) out.push('Java, for the HTML checker: not found (Debian: apt-get install -y default-jre-headless)');
  if (!(await reachable(POSTGRES.hostname, POSTGRES.port || 5432))) out.push(`PostgreSQL: nothing answers at ${POSTGRES.host} (start a server, or point TEST_POSTGRES_ADMIN_URL at one)`);
  if (!(await reachable(REDIS.hostname, REDIS.port || 6379))) out.push(`Redis: nothing answers at ${REDIS.host} (start a server, or point TEST_REDIS_URL at one)`);
  const varnish = existsSync('/usr/sbin/varnishd') && existsSync('/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so');
  if (!varnish) out.push('Varnish with the xkey module, for the topology tests: not found (Debian: apt-get install -y varnish varnish-modules)');
  return out;
}

const gaps = await missing();
if (gaps.length) {
  console.error('npm test needs, and this machine lacks:');
  for (const g of gaps) console.error(`  - ${g}`);
  process.exit(1);
}

const steps = [
  ['migrations match the schema', ['node', 'scripts/db.mjs', 'migrate:check']],
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
];

for (const [label, [cmd, ...args]] of steps) {
  console.log(`\n== ${label} ==`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (res.status !== 0) {
    console.error(`\n${label} failed`);
    process.exit(res.status ?? 1);
  }
}

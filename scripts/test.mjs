#!/usr/bin/env node
// `npm test`: every test. Unit tests first (fast), then the end-to-end suite
// against production builds on SQLite and on PostgreSQL, then the schema check.
import { spawnSync } from 'node:child_process';

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

// Scratch databases for the unit tests: real SQLite files and real PostgreSQL
// databases, migrated with the project's own migrations, removed afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations } from './migrations.mjs';

const ADMIN_URL = () => process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function admin(statement) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: ADMIN_URL() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** An empty SQLite file in a temporary folder. */
export function scratchSqlite(prefix = 'test') {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return { url: `file:${dir}/t.db`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** An empty PostgreSQL database with a name of its own. */
export async function scratchPostgres(prefix = 'test') {
  const name = `${prefix.replace(/\W/g, '_')}_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Applies the migrations to the database at `url` (DATABASE_URL is put back afterwards). */
export async function migrateAt(url) {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    await applyMigrations({ quiet: true });
  } finally {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

// Applying the migrations in prisma/<database>/migrations, and starting safely
// next to other instances: shared by `npm start` (scripts/start.mjs), the
// db:migrate command (scripts/db.mjs) and the tests. Plain Node (see
// lib/shared/database-url.mjs). Writing migrations stays in scripts/db.mjs.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseTarget } from './database-url.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const prismaDir = path.join(root, 'prisma');

export function migrationsDir(name) {
  return path.join(prismaDir, name, 'migrations');
}

export function listMigrations(name) {
  const dir = migrationsDir(name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

// Applies pending migrations in order, each in a transaction, recording them in
// Prisma's own _prisma_migrations table (same columns, sha256 checksums), so
// `prisma migrate status/deploy` accept the history wherever the binary exists.
export async function applyMigrations({ quiet = false } = {}) {
  const target = databaseTarget();
  const name = target.kind;
  const migrations = listMigrations(name);
  const db = await openRaw(target);
  try {
    await db.exec(
      name === 'sqlite'
        ? `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`
        : `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
    );
    const applied = new Map(
      (await db.query(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).map(
        (r) => [r.migration_name, r.checksum],
      ),
    );
    let count = 0;
    for (const m of migrations) {
      const sql = readFileSync(path.join(migrationsDir(name), m, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      if (applied.has(m)) {
        if (applied.get(m) !== checksum) console.warn(`warning: migration ${m} was edited after it was applied`);
        continue;
      }
      await db.transaction(async () => {
        await db.exec(sql);
        await db.insertMigration(randomUUID(), checksum, m);
      });
      count++;
      if (!quiet) console.log(`applied ${m}`);
    }
    if (!quiet) console.log(`${name}: ${count} migration(s) applied, ${migrations.length} in total`);
    return count;
  } finally {
    await db.close();
  }
}

// Any number of instances may start together: the first to arrive migrates
// (and seeds), the others wait here and then find nothing left to do.
// PostgreSQL: a session advisory lock. SQLite: an exclusive transaction on a
// lock file beside the database, so the database itself stays writable for the
// seed process.
const STARTUP_LOCK = 72610091;
export async function withStartupLock(fn) {
  const target = databaseTarget();
  if (target.kind === 'sqlite') {
    const Database = (await import('better-sqlite3')).default;
    mkdirSync(path.dirname(target.file), { recursive: true });
    const lock = new Database(`${target.file}.startup-lock`, { timeout: 300_000 });
    lock.exec('BEGIN EXCLUSIVE');
    try {
      return await fn();
    } finally {
      lock.exec('COMMIT');
      lock.close();
    }
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await fn();
  } finally {
    await client.end();
  }
}

/** Waits until the database answers (a server that is still starting, a network blip), saying so. */
export async function waitForDatabase({ seconds = Number(process.env.DB_WAIT_SECONDS ?? 60) } = {}) {
  const target = databaseTarget();
  if (target.kind === 'sqlite') return;
  const pg = (await import('pg')).default;
  const where = (() => {
    try {
      const u = new URL(target.url);
      return `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      return 'DATABASE_URL';
    }
  })();
  const deadline = Date.now() + seconds * 1000;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      if (attempt > 1) console.log(`database at ${where} is reachable`);
      return;
    } catch (e) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`the database at ${where} did not answer within ${seconds} s (${e.message}); set DB_WAIT_SECONDS to wait longer`);
      console.warn(`waiting for the database at ${where} (attempt ${attempt}): ${e.message}`);
      await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 3000)));
    }
  }
}

async function openRaw(target) {
  if (target.kind === 'sqlite') {
    const Database = (await import('better-sqlite3')).default;
    mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new Database(target.file);
    sqlite.pragma('journal_mode = WAL');
    return {
      exec: async (sql) => sqlite.exec(sql),
      query: async (sql) => sqlite.prepare(sql).all(),
      insertMigration: async (id, checksum, m) =>
        sqlite
          .prepare(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`)
          .run(id, checksum, m, Date.now(), Date.now()),
      transaction: async (fn) => {
        sqlite.exec('BEGIN');
        try {
          await fn();
          sqlite.exec('COMMIT');
        } catch (e) {
          sqlite.exec('ROLLBACK');
          throw e;
        }
      },
      close: async () => sqlite.close(),
    };
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    exec: async (sql) => client.query(sql),
    query: async (sql) => (await client.query(sql)).rows,
    insertMigration: async (id, checksum, m) =>
      client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
        [id, checksum, m],
      ),
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        await fn();
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    },
    close: async () => client.end(),
  };
}

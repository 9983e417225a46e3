import 'server-only';
import path from 'node:path';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseTarget } from '../scripts/database-url.mjs';

// Both generated clients expose the same model API (one schema, two providers),
// so the app is typed against one of them and never branches on the database.
export type Db = SqliteClient;

function createClient(): Db {
  const target = databaseTarget();
  if (target.kind === 'postgres') {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSqlite3({ url: path.resolve(target.file) });
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { db?: Db };

// One client per process: dev hot reloads would otherwise open a pool each time.
export const db: Db = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;

export const databaseKind = databaseTarget().kind;

import path from 'node:path';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseTarget } from '../scripts/database-url.mjs';

// Both generated clients expose the same model API (one set of models, two
// providers), so the app is typed against one of them and never branches on
// which database it runs on.
export type Db = SqliteClient;

export function createDb(url = process.env.DATABASE_URL): Db {
  const target = databaseTarget(url);
  if (target.kind === 'postgres') {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: path.resolve(target.file) }) });
}

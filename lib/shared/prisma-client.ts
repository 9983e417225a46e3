import path from 'node:path';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../generated/postgres/client';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseTarget } from './database-url.mjs';

// Both generated clients expose the same model API (one set of models, two
// providers), so the app is typed against one of them and never branches on
// which database it runs on.
export type Db = SqliteClient;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
/** Either: for writes that may run inside the caller's transaction. */
export type DbOrTx = Db | Tx;

// DB_LOG_QUERIES=1 prints one "[db]" line per SQL query, which is how the
// queries-per-page figures in README and the benchmark are counted.
const logQueries = process.env.DB_LOG_QUERIES === '1';
const log = logQueries ? [{ emit: 'event' as const, level: 'query' as const }] : [];

function withQueryLog<T extends Db>(client: T): T {
  if (logQueries) client.$on('query' as never, ((e: { query: string }) => process.stderr.write(`[db] ${e.query.slice(0, 200)}\n`)) as never);
  return client;
}

export function createDb(url = process.env.DATABASE_URL): Db {
  const target = databaseTarget(url);
  if (target.kind === 'postgres') {
    // A database that is down or frozen must fail a request in seconds, not
    // hold it for as long as the outage lasts.
    const adapter = new PrismaPg({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
      statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15000),
      query_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15000) + 1000,
      idle_in_transaction_session_timeout: 30000,
    });
    return withQueryLog(new PostgresClient({ adapter, log }) as unknown as Db);
  }
  return withQueryLog(new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: path.resolve(target.file), timeout: 10_000 }), log }) as Db);
}

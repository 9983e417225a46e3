import 'server-only';
import { createDb, type Db } from './shared/prisma-client';
import { databaseTarget } from './shared/database-url.mjs';

export type { Db, DbOrTx, Tx } from './shared/prisma-client';

const globalForDb = globalThis as unknown as { db?: Db };

// One client per process: dev hot reloads would otherwise open a pool each time.
export const db: Db = globalForDb.db ?? createDb();
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;

export const databaseKind = databaseTarget().kind;

/** True when an error means the database could not be reached or answered too slowly (not a bad query). */
export function isDatabaseUnavailable(e: unknown): boolean {
  const text = `${(e as { code?: string })?.code ?? ''} ${(e as Error)?.message ?? ''} ${String((e as { cause?: unknown })?.cause ?? '')}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|P1001|P1002|P1017|P2024|Connection terminated|connection timeout|timeout exceeded|Query read timeout|statement timeout|SQLITE_BUSY|database is locked|Can't reach database/i.test(text);
}

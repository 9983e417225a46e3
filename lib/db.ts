import 'server-only';
import { createDb, type Db } from './prisma-client';
import { databaseTarget } from '../scripts/database-url.mjs';

export type { Db };

const globalForDb = globalThis as unknown as { db?: Db };

// One client per process: dev hot reloads would otherwise open a pool each time.
export const db: Db = globalForDb.db ?? createDb();
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;

export const databaseKind = databaseTarget().kind;

import 'server-only';
import { databaseKind } from './db';

// Everything hand-written SQL needs, in one place: the template tag and the
// few expressions that differ between SQLite and PostgreSQL. Queries are
// written once and run on both (every table and column is snake_case in both
// schemas).
//
// `Prisma.sql`, `Prisma.raw`, `Prisma.join` and `Prisma.empty` are the same
// runtime objects in both generated clients (@prisma/client-runtime-utils);
// one import serves both engines.
export { Prisma } from './generated/sqlite/client';

export const isPostgres = databaseKind === 'postgres';

/** A JSON object built in the database from column expressions. */
export function jsonObject(pairs: Record<string, string>): string {
  const args = Object.entries(pairs)
    .map(([key, column]) => `'${key}', ${column}`)
    .join(', ');
  return isPostgres ? `json_build_object(${args})` : `json_object(${args})`;
}

/** A JSON array of `element` over a grouped subquery, in `orderBy` order (never null). */
export function jsonArray(element: string, orderBy: string): string {
  return isPostgres ? `COALESCE(json_agg(${element} ORDER BY ${orderBy}), '[]'::json)` : `json_group_array(${element} ORDER BY ${orderBy})`;
}

// lib/shared/ holds plain Node modules (JavaScript, no Next.js, no 'server-only')
// that the app, scripts/ and the tests all import; nothing here imports the app.
//
// One place decides which database the app, the scripts and the tests use.
// No DATABASE_URL: the embedded SQLite file. postgres:// or postgresql://: PostgreSQL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_SQLITE_FILE = path.join(root, 'prisma', 'data', 'site.db');

export function databaseTarget(url = process.env.DATABASE_URL) {
  if (!url) return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    return { kind: 'sqlite', file: path.isAbsolute(file) ? file : path.resolve(root, file) };
  }
  throw new Error(`DATABASE_URL must start with file:, postgres:// or postgresql:// (got "${url.split(':')[0]}:...")`);
}

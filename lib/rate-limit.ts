import 'server-only';
import { randomUUID } from 'node:crypto';
import { db, type Db } from './db';

// Attempt counters per key in a fixed window, stored in the database so every
// server process and instance shares them (table rate_limits, shared with
// better-auth's own limiter, whose keys never start with ours).
//
// An attempt is counted before it is tried, in one atomic statement, so a
// burst of parallel guesses cannot all pass a check made before any of them
// was recorded; a success hands its attempt back.

/** Counts one attempt under `key` and returns the count in the current window (including this one). */
export async function countAttempt(key: string, windowSeconds: number, now = Date.now(), client: Db = db): Promise<number> {
  const windowStart = BigInt(now - windowSeconds * 1000);
  const at = BigInt(now);
  // A new window starts at the first attempt after the last one ended.
  const rows = await client.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO rate_limits (id, key, count, last_request) VALUES (${randomUUID()}, ${key}, 1, ${at})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.last_request < ${windowStart} THEN 1 ELSE rate_limits.count + 1 END,
      last_request = CASE WHEN rate_limits.last_request < ${windowStart} THEN ${at} ELSE rate_limits.last_request END
    RETURNING count`;
  return Number(rows[0].count);
}

/** Hands back one attempt (it succeeded, so it was no guess). */
export async function returnAttempt(key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Forgets every attempt under `key`. */
export async function clearAttempts(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

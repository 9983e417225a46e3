import 'server-only';
import { db } from './db';

/**
 * Fixed-window counter in the database, so every server process shares it.
 * Returns false when `key` has used up `max` attempts in the current window.
 */
export async function takeToken(key: string, max: number, windowSeconds: number): Promise<boolean> {
  const now = Date.now();
  const windowStart = now - windowSeconds * 1000;
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || Number(row.lastRequest) < windowStart) {
    await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, lastRequest: BigInt(now) }, update: { count: 1, lastRequest: BigInt(now) } });
    return true;
  }
  if (row.count >= max) return false;
  await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  return true;
}

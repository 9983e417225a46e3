import 'server-only';
import { db } from './db';

// Failed attempts per key in a fixed window, stored in the database so every
// server process shares the count. Successful attempts do not count, so staff
// who sign in often are never locked out; guessing is.

export async function tooManyFailures(key: string, max: number, windowSeconds: number): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || Number(row.lastRequest) < Date.now() - windowSeconds * 1000) return false;
  return row.count >= max;
}

export async function recordFailure(key: string, windowSeconds: number): Promise<void> {
  const now = Date.now();
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || Number(row.lastRequest) < now - windowSeconds * 1000) {
    // A new window starts at the first failure in it.
    await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, lastRequest: BigInt(now) }, update: { count: 1, lastRequest: BigInt(now) } });
  } else {
    await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  }
}

export async function clearFailures(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

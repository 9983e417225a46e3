import 'server-only';
import { db } from './db';
import { cacheStore } from './cache/store.mjs';

export type Readiness = { ready: boolean; database: 'ok' | 'unreachable'; cache: 'ok' | 'unreachable'; cacheKind: 'redis' | 'sqlite' };

function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/** Whether this instance can serve correct pages: its database and its cache answer within two seconds. */
export async function checkReadiness(): Promise<Readiness> {
  const store = await cacheStore();
  const [database, cache] = await Promise.all([
    within(2000, db.$queryRaw`SELECT 1`).then(
      () => 'ok' as const,
      () => 'unreachable' as const,
    ),
    within(2000, store.healthy()).then(
      (ok) => (ok ? ('ok' as const) : ('unreachable' as const)),
      () => 'unreachable' as const,
    ),
  ]);
  return { ready: database === 'ok' && cache === 'ok', database, cache, cacheKind: store.kind };
}

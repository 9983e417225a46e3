// Vitest's global setup: the unit tests run against real PostgreSQL and Redis
// (never mocks). If either is missing, say so in one line each before any test
// starts, instead of a wall of connection errors.
import net from 'node:net';

/** True when something accepts a TCP connection there within 2 s. */
export const reachable = (host, port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 2000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });

export default async function checkServices() {
  const postgres = new URL(process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const redis = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/8');
  const missing = [];
  if (!(await reachable(postgres.hostname, postgres.port || 5432))) missing.push(`PostgreSQL: nothing answers at ${postgres.host} (start a server, or point TEST_POSTGRES_ADMIN_URL at one)`);
  if (!(await reachable(redis.hostname, redis.port || 6379))) missing.push(`Redis: nothing answers at ${redis.host} (start a server, or point TEST_REDIS_URL at one)`);
  if (missing.length) throw new Error(`the unit tests need:\n  - ${missing.join('\n  - ')}`);
}

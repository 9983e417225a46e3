// The shared, durable store behind Next.js's cache (lib/cache/handler.mjs) and
// behind the write step's tag expiries (lib/publishing/write-step.ts).
//
//   REDIS_URL set   entries and tag expiry times in Redis: every instance and
//                   every restart sees every expiry.
//   REDIS_URL unset a SQLite file (CACHE_FILE, default prisma/data/next-cache.db):
//                   durable across restarts and shared by the processes of one
//                   machine; the embedded default.
//
// Plain JavaScript: Next.js imports the cache handler at run time, outside the
// bundle, and the app's bundled code reaches the same store object through a
// global, so one process opens one connection.
//
// Why not a package: @fortedigital/nextjs-cache-handler (the maintained fork of
// @neshca/cache-handler) needs Node 22 and supports Next 16 "partially";
// @trieb.work/nextjs-turbo-redis-cache pins redis 4.7. Neither keeps tag expiries
// durably without Redis. This is a thin adapter on the maintained `redis` client
// and better-sqlite3, modelled on Next's own FileSystemCache.
import { serialize, deserialize } from 'node:v8';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GLOBAL = Symbol.for('thinktank.cacheStore');

// A render that began before a write committed can finish (and be stored) just
// after the write expired its tags. So every expiry is written twice over: at
// once, and again RACE_WINDOW_MS later (a second, deferred expiry time kept
// beside the first). A render stored in between is served until the deferred
// time passes and is then rendered once more; one still in flight at the write
// therefore never outlives the window. Being in the store, the deferred expiry
// survives a crash of the instance that wrote. The write step purges the fronts
// a second time after the same window for the same reason.
export const RACE_WINDOW_MS = Number(process.env.CACHE_RACE_WINDOW_MS ?? 1500);

// A tag every entry carries implicitly: setting it expires everything (used
// when Redis comes back after an outage during which expiries may be lost).
export const ALL = '__all__';

/** @typedef {{ value: unknown, lastModified: number, tags: string[], cacheControl?: unknown }} CacheRecord */

function log(message) {
  console.warn(`[cache] ${message}`);
}

/**
 * True when one of these expiry times (immediate or deferred) has passed and
 * came after the entry was stored, or in the same millisecond (which side of
 * it the entry was rendered on cannot be told).
 */
export function isExpired(expiries, storedAt, now = Date.now()) {
  return expiries.some((at) => typeof at === 'number' && at >= storedAt && at <= now);
}

class RedisStore {
  kind = 'redis';
  constructor(url, prefix) {
    this.prefix = prefix;
    this.degradedSince = null;
    this.ready = false;
    this.clientPromise = this.connect(url);
  }

  async connect(url) {
    const { createClient, RESP_TYPES } = await import('redis');
    const client = createClient({
      url,
      // While Redis is unreachable commands fail at once (the page is rendered
      // from the database) instead of queueing behind a dead socket.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(200 + retries * 200, 2000) },
    }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    client.on('error', (e) => {
      if (this.degradedSince === null) {
        this.degradedSince = Date.now();
        log(`Redis unreachable (${e.message}): pages are rendered from the database until it returns`);
      }
      this.ready = false;
    });
    client.on('ready', () => {
      this.ready = true;
      this.pastStartup = true;
      if (this.degradedSince !== null) {
        const since = this.degradedSince;
        this.degradedSince = null;
        // Expiries written while Redis was away are lost: everything stored
        // before the outage began counts as expired.
        this.expireTags([ALL], since, { deferred: false }).then(
          () => log('Redis is back: entries older than the outage are discarded'),
          () => {},
        );
      }
    });
    this.firstConnect = client.connect().catch(() => {});
    return client;
  }

  async client() {
    const client = await this.clientPromise;
    // A process that has just started waits (briefly) for its first connection;
    // after that, an unreachable Redis fails at once.
    if (!this.ready && !this.pastStartup) {
      this.startupWait ??= Promise.race([this.firstConnect, new Promise((r) => setTimeout(r, 2000).unref())]).then(() => (this.pastStartup = true));
      await this.startupWait;
    }
    if (!this.ready) throw new Error('Redis not ready');
    return client;
  }

  async get(key) {
    const client = await this.client();
    const raw = await client.get(this.prefix + 'e:' + key);
    if (!raw) return null;
    /** @type {CacheRecord} */
    const record = deserialize(raw);
    const expiries = await this.expiries(record.tags);
    return isExpired(expiries, record.lastModified) ? null : record;
  }

  async set(key, record, keepSeconds = 30 * 24 * 3600) {
    const client = await this.client();
    await client.set(this.prefix + 'e:' + key, serialize(record), { EX: keepSeconds });
  }

  async expiries(tags) {
    const client = await this.client();
    const [now, later] = await Promise.all([client.hmGet(this.prefix + 'tags', [ALL, ...tags]), client.hmGet(this.prefix + 'tags:later', tags)]);
    return [...now, ...later].map((v) => (v == null ? null : Number(v.toString())));
  }

  async expireTags(tags, at = Date.now(), { deferred = true } = {}) {
    if (tags.length === 0) return;
    const client = await this.clientPromise;
    // Never move an expiry backwards (two instances writing at once).
    const script = `
      for i = 3, #KEYS do
        local tag = KEYS[i]
        if tonumber(ARGV[1]) > tonumber(redis.call('HGET', KEYS[1], tag) or '0') then redis.call('HSET', KEYS[1], tag, ARGV[1]) end
        if ARGV[2] ~= '' and tonumber(ARGV[2]) > tonumber(redis.call('HGET', KEYS[2], tag) or '0') then redis.call('HSET', KEYS[2], tag, ARGV[2]) end
      end
      return 1`;
    await client.eval(script, {
      keys: [this.prefix + 'tags', this.prefix + 'tags:later', ...tags],
      arguments: [String(at), deferred ? String(at + RACE_WINDOW_MS) : ''],
    });
  }

  async healthy() {
    try {
      const client = await this.client();
      return (await client.ping()).toString() === 'PONG';
    } catch {
      return false;
    }
  }

  async close() {
    const client = await this.clientPromise;
    if (client.isOpen) await client.close();
  }
}

class SqliteStore {
  kind = 'sqlite';
  constructor(file, Database) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, stored_at INTEGER NOT NULL, value BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS entry_expiries (key TEXT PRIMARY KEY, drop_at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS entry_expiries_drop_at ON entry_expiries (drop_at);
      CREATE TABLE IF NOT EXISTS tag_expiry_times (tag TEXT PRIMARY KEY, expired_at INTEGER NOT NULL, again_at INTEGER);
    `);
    this.getEntry = this.db.prepare('SELECT value FROM entries WHERE key = ?');
    this.putEntry = this.db.prepare('INSERT INTO entries (key, stored_at, value) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET stored_at = excluded.stored_at, value = excluded.value');
    this.putDropAt = this.db.prepare('INSERT INTO entry_expiries (key, drop_at) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET drop_at = excluded.drop_at');
    this.outlived = this.db.prepare('SELECT key FROM entry_expiries WHERE drop_at < ? LIMIT 500').pluck();
    this.dropEntry = this.db.prepare('DELETE FROM entries WHERE key = ?');
    this.forgetEntry = this.db.prepare('DELETE FROM entry_expiries WHERE key = ?');
    this.writes = 0;
    this.getExpiry = this.db.prepare('SELECT expired_at, again_at FROM tag_expiry_times WHERE tag = ?');
    this.putExpiry = this.db.prepare(
      'INSERT INTO tag_expiry_times (tag, expired_at, again_at) VALUES (?, ?, ?) ON CONFLICT(tag) DO UPDATE SET expired_at = max(expired_at, excluded.expired_at), again_at = max(coalesce(again_at, 0), coalesce(excluded.again_at, 0))',
    );
  }

  async get(key) {
    const row = this.getEntry.get(key);
    if (!row) return null;
    /** @type {CacheRecord} */
    const record = deserialize(row.value);
    return isExpired(await this.expiries(record.tags), record.lastModified) ? null : record;
  }

  async set(key, record, keepSeconds = 30 * 24 * 3600) {
    this.db.transaction(() => {
      this.putEntry.run(key, record.lastModified, serialize(record));
      this.putDropAt.run(key, Date.now() + keepSeconds * 1000);
    })();
    // Now and then, drop what has outlived its keep time (Redis does this by itself).
    if (++this.writes % 200 === 0) {
      const now = Date.now();
      this.db.transaction(() => {
        for (const key of this.outlived.all(now)) {
          this.dropEntry.run(key);
          this.forgetEntry.run(key);
        }
      })();
    }
  }

  async expiries(tags) {
    return [ALL, ...tags].flatMap((t) => {
      const row = this.getExpiry.get(t);
      return row ? [row.expired_at, row.again_at] : [];
    });
  }

  async expireTags(tags, at = Date.now(), { deferred = true } = {}) {
    this.db.transaction(() => tags.forEach((t) => this.putExpiry.run(t, at, deferred ? at + RACE_WINDOW_MS : null)))();
  }

  async healthy() {
    return true;
  }

  async close() {
    this.db.close();
  }
}

/** The process's one store, chosen by REDIS_URL. */
export async function cacheStore() {
  const g = globalThis;
  g[GLOBAL] ??= (async () => {
    if (process.env.REDIS_URL) return new RedisStore(process.env.REDIS_URL, process.env.CACHE_PREFIX ?? 'thinktank:');
    const { default: Database } = await import('better-sqlite3');
    return new SqliteStore(process.env.CACHE_FILE ?? path.join(root, 'prisma', 'data', 'next-cache.db'), Database);
  })();
  return g[GLOBAL];
}

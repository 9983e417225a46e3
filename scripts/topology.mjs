#!/usr/bin/env node
// The production topology on one machine: N app instances of one build on one
// database and one Redis, behind the Varnish front that purges by tag.
//
//   npm run topology                      2 instances on PostgreSQL + Redis + Varnish
//   npm run topology -- --instances 3 --database sqlite --front-port 8080
//
// Used by the end-to-end tests (e2e/topology.spec.ts) and the benchmark, which
// import startTopology(). Needs a build (`npm run build`; NEXT_DIST_DIR picks
// another one), Redis at REDIS_URL (default redis://127.0.0.1:6379) and
// Debian's varnish + varnish-modules (installed with apt-get when missing and
// running as root).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function ensureVarnish() {
  if (existsSync('/usr/sbin/varnishd') && existsSync('/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so')) return '/usr/sbin/varnishd';
  if (process.getuid?.() !== 0) throw new Error('Varnish is missing: apt-get install varnish varnish-modules');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const res = spawnSync('apt-get', ['install', '-y', '-qq', 'varnish', 'varnish-modules'], { stdio: 'inherit', env });
  if (res.status !== 0) throw new Error('could not install varnish');
  return '/usr/sbin/varnishd';
}

async function waitFor(url, ms, isDead = () => false) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (isDead()) throw new Error(`process for ${url} exited`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

async function waitForPortFree(port, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(500) });
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} still answers after its instance was stopped`);
}

/** A fresh PostgreSQL database, dropped first if a previous run left it. */
export async function freshPostgres(name, admin = process.env.E2E_POSTGRES_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres') {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Empties one Redis database number of our own (never the shared default 0). */
export async function freshRedis(url) {
  const { createClient } = await import('redis');
  const client = createClient({ url });
  await client.connect();
  await client.flushDb();
  await client.close();
}

export function fillVcl({ backends, secret, purgers = ['127.0.0.1', '::1'] }) {
  const template = readFileSync(path.join(root, 'deploy', 'varnish', 'thinktank.vcl'), 'utf8');
  const defs = backends
    .map(
      (b, i) => `backend app${i} {
    .host = "${b.host}";
    .port = "${b.port}";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = { .url = "/api/health"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
}`,
    )
    .join('\n');
  return template
    .replace('@@BACKENDS@@', defs)
    .replace('@@PURGERS@@', purgers.map((p) => `    "${p}";`).join('\n'))
    .replace('@@DIRECTOR@@', backends.map((_, i) => `    apps.add_backend(app${i});`).join('\n'))
    .replace('@@SECRET@@', secret);
}

/**
 * Starts the topology and returns handles to it. Every instance runs the same
 * build with the same BETTER_AUTH_SECRET, as production requires.
 */
export async function startTopology({
  name = 'topology',
  database = 'postgres',
  instances = 2,
  basePort = 3200,
  frontPort = basePort + 90,
  redisUrl = process.env.TOPOLOGY_REDIS_URL ?? 'redis://127.0.0.1:6379/7',
  distDir = process.env.NEXT_DIST_DIR || '.next',
  front: withFront = true,
  // Uploads in an S3-compatible bucket (s3rver, from npm) shared by the instances, as in production.
  media = 's3',
  log = (line) => process.stdout.write(line),
  env: extraEnv = {},
} = {}) {
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) throw new Error(`no build in ${distDir}: run npm run build first`);
  const work = path.join(root, 'test-results', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  let databaseUrl;
  if (database === 'postgres') databaseUrl = await freshPostgres(`thinktank_${name.replace(/\W/g, '_')}`);
  else databaseUrl = `file:${path.join(work, 'site.db')}`;
  if (redisUrl) await freshRedis(redisUrl);

  let s3 = null;
  let mediaEnv = { MEDIA_DIR: path.join(work, 'media') };
  if (media === 's3') {
    const { default: S3rver } = await import('s3rver');
    const s3Port = frontPort + 5;
    s3 = new S3rver({ port: s3Port, address: '127.0.0.1', silent: true, directory: path.join(work, 's3'), configureBuckets: [{ name: 'media', configs: [] }] });
    await s3.run();
    mediaEnv = {
      MEDIA_STORAGE: 's3',
      MEDIA_S3_BUCKET: 'media',
      MEDIA_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      MEDIA_S3_FORCE_PATH_STYLE: 'true',
      MEDIA_S3_ACCESS_KEY_ID: 'S3RVER',
      MEDIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
    };
  }

  const secret = randomBytes(16).toString('hex');
  const shared = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    // Sessions signed on one instance must verify on the others. (The
    // server-actions key is in the build itself, which they share.)
    BETTER_AUTH_SECRET: randomBytes(32).toString('base64url'),
    SITE_URL: `http://localhost:${frontPort}`,
    ...(withFront ? { FRONT_PURGE_URLS: `http://127.0.0.1:${frontPort}/`, FRONT_PURGE_SECRET: secret } : {}),
    // The front appends the client's address to X-Forwarded-For: one hop to believe (lib/sign-in-guard.ts).
    ...(withFront ? { TRUSTED_PROXY_HOPS: '1' } : {}),
    ...mediaEnv,
    ...(redisUrl ? { REDIS_URL: redisUrl } : { CACHE_FILE: path.join(work, 'cache.db') }),
    ...extraEnv,
  };
  delete shared.PORT;

  const procs = new Map();
  function spawnInstance(i) {
    const port = basePort + 1 + i;
    // Its own process group, so a kill reaches next-server too, as a crash of the machine's process would.
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, env: { ...shared, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const tag = `[app${i}:${port}] `;
    const relay = (chunk) => log(chunk.toString().replace(/^(?=.)/gm, tag));
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    const handle = { port, url: `http://localhost:${port}`, child, exited: false };
    child.on('exit', () => (handle.exited = true));
    procs.set(i, handle);
    return handle;
  }

  async function stopInstance(i, signal = 'SIGTERM') {
    const h = procs.get(i);
    if (!h || h.exited) return;
    const gone = new Promise((r) => h.child.once('exit', r));
    const killGroup = (sig) => {
      try {
        process.kill(-h.child.pid, sig);
      } catch {}
    };
    killGroup(signal);
    await Promise.race([gone, new Promise((r) => setTimeout(r, 15_000))]);
    killGroup('SIGKILL');
    await waitForPortFree(h.port);
  }
  /** Stops instance i (SIGTERM, or SIGKILL for a crash) and starts it again on the same port, like a deploy. */
  async function startInstance(i) {
    const h = spawnInstance(i);
    await waitFor(`${h.url}/api/ready`, 120_000, () => h.exited);
  }
  async function restart(i, signal = 'SIGTERM') {
    await stopInstance(i, signal);
    await startInstance(i);
  }
  let stopFront = () => {};
  async function stop() {
    await Promise.all([...procs.keys()].map((i) => stopInstance(i)));
    stopFront();
    await s3?.close();
  }

  const apps = Array.from({ length: instances }, (_, i) => spawnInstance(i));
  // All at the same instant: the migrations and the seed must take their lock.
  await Promise.all(apps.map((a) => waitFor(`${a.url}/api/ready`, 180_000, () => a.exited)));

  if (!withFront) {
    return { databaseUrl, redisUrl, secret, front: null, apps: apps.map((a) => ({ url: a.url, port: a.port })), restart, stopInstance, startInstance, stop };
  }

  const varnishd = ensureVarnish();
  const vclFile = path.join(work, 'thinktank.vcl');
  writeFileSync(vclFile, fillVcl({ backends: apps.map((a) => ({ host: '127.0.0.1', port: a.port })), secret }));
  const varnishDir = path.join('/tmp', `varnish-${name}-${frontPort}`);
  rmSync(varnishDir, { recursive: true, force: true });
  const front = spawn(varnishd, ['-F', '-n', varnishDir, '-a', `127.0.0.1:${frontPort}`, '-f', vclFile, '-s', 'malloc,256m', '-p', 'default_grace=0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let frontDead = false;
  front.on('exit', () => (frontDead = true));
  front.stdout.on('data', (c) => log(c.toString().replace(/^(?=.)/gm, '[varnish] ')));
  front.stderr.on('data', (c) => log(c.toString().replace(/^(?=.)/gm, '[varnish] ')));
  await waitFor(`http://127.0.0.1:${frontPort}/api/health`, 30_000, () => frontDead);

  stopFront = () => {
    if (!frontDead) front.kill('SIGTERM');
    rmSync(varnishDir, { recursive: true, force: true });
  };
  return {
    databaseUrl,
    redisUrl,
    secret,
    front: { url: `http://localhost:${frontPort}`, port: frontPort },
    apps: apps.map((a) => ({ url: a.url, port: a.port })),
    restart,
    stopInstance,
    startInstance,
    stop,
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (flag, fallback) => {
    const i = process.argv.indexOf(flag);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    const res = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (res.status !== 0) process.exit(1);
  }
  const topology = await startTopology({
    database: arg('--database', 'postgres'),
    instances: Number(arg('--instances', 2)),
    frontPort: Number(arg('--front-port', 3290)),
    basePort: Number(arg('--base-port', 3200)),
  });
  console.log(`\nfront:     ${topology.front.url}  (Varnish, purged by tag)`);
  topology.apps.forEach((a, i) => console.log(`instance ${i}: ${a.url}`));
  console.log('Ctrl-C stops everything.');
  const stop = async () => {
    await topology.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// What the benchmark measures: load (autocannon), exact latency percentiles
// for one connection, queries per page, and bytes per page.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { root, treeRssMb } from './servers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The resident memory of a process and its children, in MB. */
export const rssOf = (pid) => treeRssMb(pid);

function sampleRss(pids) {
  const peak = { mb: 0 };
  const timer = setInterval(() => {
    const mb = pids.reduce((sum, pid) => sum + treeRssMb(pid), 0);
    if (mb > peak.mb) peak.mb = mb;
  }, 200);
  return () => {
    clearInterval(timer);
    return peak.mb;
  };
}

/**
 * Load at `connections` for `duration` seconds. `nextPath` (optional) gives a
 * new path for every request: that is how cold runs never repeat a page.
 */
export async function loadTest({ origin, path: fixedPath, nextPath, connections, duration, rssPids = [] }) {
  const stop = sampleRss(rssPids);
  const opts = { url: origin + (fixedPath ?? '/'), connections, duration, timeout: 20, headers: { 'user-agent': 'thinktank-bench' } };
  if (nextPath) opts.requests = [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }];
  const r = await autocannon(opts);
  const rssMb = stop();
  return {
    connections,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    rssMb: rssPids.length ? rssMb : null,
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

// A kept-alive socket the server has just closed fails once with ECONNRESET:
// that is the client's race, not a server error, so the request is retried.
async function get(origin, p, headers = {}) {
  try {
    return await getOnce(origin, p, headers);
  } catch (e) {
    if (!['ECONNRESET', 'EPIPE'].includes(e?.code)) throw e;
    return getOnce(origin, p, headers);
  }
}

function getOnce(origin, p, headers) {
  return new Promise((resolve, reject) => {
    const req = http.get(origin + p, { agent, headers: { 'user-agent': 'thinktank-bench', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

const pct = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)];
const round = (x) => Math.round(x * 10) / 10;

/**
 * One connection, one request after another, for `duration` seconds (or
 * `maxRequests`): exact p50/p95/p99 from every request's own timing.
 */
export async function sequentialTest({ origin, nextPath, duration, maxRequests = Infinity, rssPids = [] }) {
  const stop = sampleRss(rssPids);
  const times = [];
  let errors = 0;
  const until = Date.now() + duration * 1000;
  while (Date.now() < until && times.length < maxRequests) {
    const p = nextPath();
    const t = process.hrtime.bigint();
    const res = await get(origin, p).catch(() => ({ status: 0 }));
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (res.status !== 200) errors++;
  }
  const rssMb = stop();
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return {
    connections: 1,
    requests: times.length,
    rps: Math.round((times.length / total) * 1000),
    p50: round(pct(sorted, 50)),
    p95: round(pct(sorted, 95)),
    p99: round(pct(sorted, 99)),
    max: round(sorted[sorted.length - 1]),
    errors,
    rssMb: rssPids.length ? rssMb : null,
  };
}

/** Requests a page and returns it (status, body text). */
export async function fetchPage(origin, p, headers) {
  const res = await get(origin, p, headers);
  return { status: res.status, headers: res.headers, text: res.body.toString('utf8'), bytes: res.body.length };
}

/**
 * Counts the "[db]" lines the app prints (DB_LOG_QUERIES=1) while one page
 * renders. `log` is the live array of stderr lines from that server.
 */
export async function countQueries(origin, p, log) {
  await sleep(50);
  const before = log.count;
  const res = await get(origin, p);
  // A stale cached page answers at once and regenerates in the background: wait for that too.
  await sleep(600);
  return { status: res.status, queries: log.count - before };
}

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/**
 * HTML and JavaScript bytes for a page, gzip-compressed. "Own" JavaScript is
 * the chunks that carry our client components (components/, app/), read from
 * the build's client reference manifest for the route; everything else is
 * the framework (React, Next.js router).
 */
export async function pageBytes(origin, p, distDir, route) {
  const page = await get(origin, p);
  const html = page.body.toString('utf8');
  // Modern browsers skip `nomodule` scripts (legacy polyfills): not counted.
  const scripts = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/\snomodule/i.test(m[1]))
    .flatMap((m) => /src="([^"]+\.js)"/.exec(m[1])?.[1] ?? []);
  const unique = [...new Set(scripts)];
  let jsTotal = 0;
  const sizes = new Map();
  for (const src of unique) {
    const res = await get(origin, src);
    const size = gzip(res.body);
    sizes.set(src, size);
    jsTotal += size;
  }
  const own = ownChunks(distDir, route);
  const jsOwn = [...sizes].filter(([src]) => own.has(src.replace(/^.*\/_next\//, '/_next/'))).reduce((a, [, s]) => a + s, 0);
  return { htmlBytes: page.body.length, htmlGzip: gzip(page.body), jsFiles: unique.length, jsGzip: jsTotal, jsOwnGzip: jsOwn };
}

function ownChunks(distDir, route) {
  const file = path.join(root, distDir, 'server', 'app', route, 'page_client-reference-manifest.js');
  const out = new Set();
  if (!existsSync(file)) return out;
  const g = globalThis;
  g.__RSC_MANIFEST = {};
  new Function(readFileSync(file, 'utf8'))();
  for (const manifest of Object.values(g.__RSC_MANIFEST)) {
    for (const [key, mod] of Object.entries(manifest.clientModules ?? {})) {
      if (key.includes('/node_modules/')) continue;
      for (const chunk of mod.chunks ?? []) out.add(chunk.startsWith('/') ? chunk : `/_next/${chunk}`);
    }
  }
  return out;
}

/**
 * wrk at `connections` for `duration` s (two threads): unlike one autocannon
 * process it can saturate nginx here, so static and front are compared fairly.
 */
export function wrkTest({ url, connections, duration }) {
  // As browsers ask: both sides then send the same stored gzip bytes.
  const out = execFileSync('/usr/bin/wrk', ['-t', '2', '-c', String(connections), '-d', `${duration}s`, '--latency', '-H', 'user-agent: thinktank-bench', '-H', 'accept-encoding: gzip', url], { encoding: 'utf8' });
  const num = (re) => Number(re.exec(out)?.[1] ?? NaN);
  const ms = (re) => {
    const m = re.exec(out);
    if (!m) return null;
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = sock ? sock.slice(1).reduce((n, v) => n + Number(v), 0) : 0;
  return {
    connections,
    rps: Math.round(num(/Requests\/sec:\s+([\d.]+)/)),
    p50: ms(/50%\s+([\d.]+)(us|ms|s)/),
    p99: ms(/99%\s+([\d.]+)(us|ms|s)/),
    errors: socketErrors + (num(/Non-2xx or 3xx responses: (\d+)/) || 0),
  };
}

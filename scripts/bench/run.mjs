#!/usr/bin/env node
// `npm run bench`: the performance benchmark (README, "Performance").
//
// For each database (SQLite, then PostgreSQL) it generates a 100,000-piece
// archive, serves one production build with `next start`, and measures, in
// the same run and on the same machine:
//   - load (autocannon at 1, 16 and 64 connections) on the warm article page,
//     the home page, a listing deep in the archive, a prolific expert, search,
//     and cold article pages (a never-visited piece on every request), each
//     next to nginx serving the same article HTML as a static file, and the
//     article through the production front cache (deploy/nginx);
//   - exact one-connection latencies for cold pages and search;
//   - queries per page at 100 and at 100,000 pieces;
//   - HTML and JavaScript bytes per page type;
//   - Lighthouse (mobile) on the article, home and expert pages;
//   - publish-to-visible through the real admin UI.
// It prints one table and writes bench/results/<time>.json.
//
//   npm run bench                          # the full run (about 20 minutes)
//   npm run bench -- --quick               # a smoke run on a small archive
//   npm run bench -- --databases sqlite    # one database
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { buildApp, ensurePackages, freshDist, root, startApp, startNginx, startVarnish, work } from './servers.mjs';
import { countQueries, fetchPage, loadTest, pageBytes, rssOf, sequentialTest, wrkTest } from './measure.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { createEditor, prepareDraft, publishToVisible, withDatabase } from './publish.mjs';
import { evaluateTargets, printReport } from './report.mjs';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    databases: { type: 'string', default: 'sqlite,postgres' },
    pieces: { type: 'string' },
    duration: { type: 'string' },
    'skip-lighthouse': { type: 'boolean', default: false },
  },
});

const quick = opts.quick;
const PIECES = Number(opts.pieces ?? (quick ? 3000 : 100_000));
const SCALE = { pieces: PIECES, experts: Math.max(50, Math.round(PIECES / 20)), topics: Math.min(300, Math.max(30, Math.round(PIECES / 300))) };
const SMALL = { pieces: 100, experts: 50, topics: 30 };
const DURATION = Number(opts.duration ?? (quick ? 2 : 6));
const LATENCY_SECONDS = quick ? 3 : 10;
const CONNECTIONS = [1, 16, 64];
const PORTS = { app: 3200, counting: 3201, static: 3210, front: 3211, varnish: 3212 };
const PURGE_SECRET = 'benchmark-purge-secret';
const PG_BASE = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databases = opts.databases.split(',').map((d) => d.trim());

function databaseUrl(kind, label) {
  if (kind === 'sqlite') return `file:${path.join(work, `${label}.db`)}`;
  const u = new URL(PG_BASE);
  u.pathname = `/thinktank_bench_${label.replace(/\W/g, '_')}`;
  return u.toString();
}

/** A fixed-seed shuffle, so every run requests the same pieces in the same order. */
function shuffled(list, seed = 7) {
  const a = [...list];
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const cycle = (list) => {
  let i = 0;
  return () => list[i++ % list.length];
};

/** Everything the scenarios request, read from the generated archive. */
async function pickTargets(url) {
  return withDatabase(url, async (db) => {
    const pieces = await db.all(`SELECT id, slug, title FROM articles WHERE status = 'PUBLISHED' ORDER BY id`);
    const experts = await db.all(`SELECT p.id, p.slug, COUNT(*) AS n FROM article_authors x JOIN authors p ON p.id = x.author_id
      JOIN articles a ON a.id = x.article_id WHERE a.status = 'PUBLISHED' GROUP BY p.id, p.slug ORDER BY n DESC, p.slug`);
    const topics = await db.all(`SELECT slug FROM topics ORDER BY slug`);
    const prolific = experts[0];
    // The warm article: the prolific expert's newest piece with topics, so a
    // new piece by them lands on its sidebar (publish-to-visible).
    const [host] = await db.all(
      `SELECT a.id, a.slug FROM articles a JOIN article_authors x ON x.article_id = a.id
       WHERE x.author_id = $1 AND a.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id)
       ORDER BY a.published_at DESC LIMIT 1`,
      [prolific.id],
    );
    const words = [...new Set(pieces.slice(0, 5000).flatMap((p) => p.title.toLowerCase().match(/[a-z]{6,}/g) ?? []))].sort();
    const terms = shuffled(words).slice(0, 400);
    const queries = shuffled(terms.flatMap((a, i) => [a, `${a} ${terms[(i * 7 + 3) % terms.length]}`]));
    // Query classes (issue 14), by how often a word starts a title in the first 5,000 pieces:
    // rare (the least frequent), common (the 40 most frequent), a quoted two-word phrase from a title, and a
    // word filtered by type.
    const freq = new Map();
    for (const p of pieces.slice(0, 5000)) for (const w of new Set(p.title.toLowerCase().match(/[a-z]{5,}/g) ?? [])) freq.set(w, (freq.get(w) ?? 0) + 1);
    const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const phrases = [...new Set(pieces.slice(0, 5000).flatMap((p) => {
      const m = p.title.toLowerCase().match(/[a-z]{4,}/g) ?? [];
      return m.length > 1 ? [`"${m[0]} ${m[1]}"`] : [];
    }))];
    const searchClasses = {
      // The least frequent title words (a generated archive's vocabulary can leave no word used only once).
      rare: shuffled(byFreq.filter(([, n]) => n <= byFreq[Math.max(0, byFreq.length - 200)][1]).map(([w]) => w)).slice(0, 200),
      common: byFreq.slice(0, 40).map(([w]) => w),
      phrase: shuffled(phrases).slice(0, 200),
      filtered: shuffled(terms).slice(0, 200).map((w, i) => `${w}&type=${['commentary', 'article', 'report', 'in-the-news'][i % 4]}`),
    };
    return {
      host,
      prolific: { slug: prolific.slug, pieces: Number(prolific.n) },
      coldSlugs: shuffled(pieces.map((p) => p.slug).filter((s) => s !== host.slug)),
      // Experts with a real body of work (all of them in a tiny archive), the most prolific excluded.
      expertSlugs: shuffled(experts.slice(1).filter((e, _, all) => Number(e.n) >= 10 || all.length < 50).map((e) => e.slug)),
      topicSlugs: topics.map((t) => t.slug),
      searchTerm: terms.find((t) => t.length > 6) ?? terms[0],
      queries,
      searchClasses,
      listingPages: Math.floor(pieces.length / 20),
    };
  });
}

/**
 * Waits until the app has worked off requests a previous run left queued
 * (autocannon stops sending, the server keeps rendering), so no run pays
 * for the one before it.
 */
async function settle(origin) {
  for (let i = 0; i < 600; i++) {
    const t = performance.now();
    await fetchPage(origin, '/robots.txt');
    if (performance.now() - t < 20) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function queryCounts(label, kind, url, build, t) {
  const dist = freshDist(build, `count-${kind}-${label}`);
  // No page or data cache at all: every page below renders and reads.
  // No data cache: every page below reads from the database. The home page
  // prerendered at build time is older than its one-second lifetime, so its
  // first request regenerates it (in the background), which is counted.
  rmSync(path.join(root, dist, 'cache'), { recursive: true, force: true });
  const log = { count: 0 };
  const app = await startApp({
    distDir: dist,
    port: PORTS.counting,
    databaseUrl: url,
    // The go-live poll (one query a second, lib/publishing/go-live.ts) is not a page's query: slowed here so it is not counted.
    extraEnv: { DB_LOG_QUERIES: '1', GO_LIVE_POLL_MS: '3600000' },
    onStderr: (s) => (log.count += (s.match(/\[db\]/g) ?? []).length),
  });
  const origin = `http://127.0.0.1:${PORTS.counting}`;
  try {
    // Site-wide reads (taxonomy, years, the schedule) are shared by every
    // page and cached once per process: warm them, then count one page of
    // each type that has never rendered.
    // A list's total and its anchors (lib/articles) are shared by all its pages: the deep page warms them.
    const warmUp = [`/publications/${t.coldSlugs[1]}`, `/experts/${t.expertSlugs[1]}`, '/publications?page=2', `/publications?page=${Math.max(2, t.listingPages - 1)}`, `/search?q=${t.queries[1]}`, `/topics/${t.topicSlugs[1]}`, `/feeds/topic/${t.topicSlugs[1]}.xml`];
    for (const p of warmUp) await fetchPage(origin, p);
    const pages = {
      article: `/publications/${t.coldSlugs[0]}`,
      home: '/',
      listingDeep: `/publications?page=${Math.min(500, t.listingPages)}`,
      expert: `/experts/${t.prolific.slug}`,
      topic: `/topics/${t.topicSlugs[0]}`,
      search: `/search?q=${encodeURIComponent(t.queries[0])}`,
      feed: '/feeds/all.xml',
      notFound: '/publications/no-such-piece',
    };
    const out = {};
    for (const [name, p] of Object.entries(pages)) out[name] = await countQueries(origin, p, log);
    return out;
  } finally {
    await app.stop();
    rmSync(path.join(root, dist), { recursive: true, force: true });
  }
}

/** A failed step is recorded in the results, not fatal to the whole run. */
async function publishToVisibleOrNote(args) {
  try {
    return await publishToVisible(args);
  } catch (e) {
    console.error(`  publish-to-visible failed: ${e.message}`);
    return { error: e.message, visibleMs: {} };
  }
}

async function main() {
  const startedAt = new Date();
  ensurePackages();
  mkdirSync(work, { recursive: true });
  const results = {
    startedAt: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    config: { scale: SCALE, durationSeconds: DURATION, latencySeconds: LATENCY_SECONDS, connections: CONNECTIONS, quick },
    databases: {},
  };
  const build = '.next-bench';
  let buildSeconds = null;

  for (const kind of databases) {
    console.error(`\n=== ${kind} ===`);
    const r = (results.databases[kind] = {});
    const url = databaseUrl(kind, `large`);
    const smallUrl = databaseUrl(kind, `small`);
    r.generate = { large: await generate({ database: url, ...SCALE, seed: 1 }), small: await generate({ database: smallUrl, ...SMALL, seed: 1 }) };
    for (const g of Object.values(r.generate)) {
      delete g.coldArticleSlugs;
      delete g.sampleSlugs;
    }
    if (buildSeconds === null) {
      console.error('building');
      buildSeconds = buildApp(build, { DATABASE_URL: url, SITE_URL: `http://localhost:${PORTS.app}` });
      results.buildSeconds = buildSeconds;
    }
    const t = await pickTargets(url);
    const tSmall = await pickTargets(smallUrl);
    r.targets = { warmArticle: t.host.slug, prolificExpert: t.prolific, searchTerm: t.searchTerm, listingPage: Math.min(500, t.listingPages) };

    console.error('queries per page');
    r.queries = { small: await queryCounts('small', kind, smallUrl, build, tSmall), large: await queryCounts('large', kind, url, build, t) };

    createEditor(url);
    const draft = await prepareDraft(url, t.host.id);
    const dist = freshDist(build, kind);
    // The app purges the Varnish front after every write, as in production.
    const app = await startApp({
      distDir: dist,
      port: PORTS.app,
      databaseUrl: url,
      extraEnv: { FRONT_PURGE_URLS: `http://127.0.0.1:${PORTS.varnish}/`, FRONT_PURGE_SECRET: PURGE_SECRET },
    });
    const origin = `http://127.0.0.1:${PORTS.app}`;
    const front = `http://127.0.0.1:${PORTS.front}`;
    const varnishOrigin = `http://127.0.0.1:${PORTS.varnish}`;
    let nginx = null;
    let varnish = null;
    try {
      const articlePath = `/publications/${t.host.slug}`;
      const fixed = {
        articleWarm: articlePath,
        home: '/',
        listingDeep: `/publications?page=${r.targets.listingPage}`,
        expert: `/experts/${t.prolific.slug}`,
        search: `/search?q=${encodeURIComponent(t.searchTerm)}`,
      };
      for (const p of Object.values(fixed)) for (let i = 0; i < 5; i++) await fetchPage(origin, p);
      const saved = await fetchPage(origin, articlePath);
      const htmlFile = path.join(work, 'article.html');
      writeFileSync(htmlFile, saved.text);
      r.articleHeaders = { cacheControl: saved.headers['cache-control'] ?? null, xNextjsCache: saved.headers['x-nextjs-cache'] ?? null };
      nginx = await startNginx({ staticPort: PORTS.static, frontPort: PORTS.front, appPort: PORTS.app, htmlFile });
      varnish = await startVarnish({ port: PORTS.varnish, appPort: PORTS.app, secret: PURGE_SECRET });
      for (let i = 0; i < 20; i++) await fetchPage(front, articlePath);
      for (let i = 0; i < 3; i++) await fetchPage(varnishOrigin, articlePath);
      const viaFront = await fetchPage(front, articlePath);
      r.front = {
        articleCacheStatus: viaFront.headers['x-cache-status'] ?? null,
        sameBytes: viaFront.text.length === saved.text.length,
        searchCacheStatus: (await fetchPage(front, fixed.search)).headers['x-cache-status'] ?? null,
        adminCacheStatus: (await fetchPage(front, '/admin/sign-in')).headers['x-cache-status'] ?? null,
        signedInCacheStatus: (await fetchPage(front, articlePath, { cookie: 'better-auth.session_token=x' })).headers['x-cache-status'] ?? null,
      };

      console.error('load');
      const coldArticles = cycle(t.coldSlugs.slice(0, Math.floor(t.coldSlugs.length / 2)).map((s) => `/publications/${s}`));
      const scenarios = {
        staticNginx: { origin: `http://127.0.0.1:${PORTS.static}`, path: '/' },
        articleFront: { origin: front, path: articlePath },
        articleVarnish: { origin: varnishOrigin, path: articlePath },
        articleWarm: { origin, path: fixed.articleWarm },
        home: { origin, path: fixed.home },
        listingDeep: { origin, path: fixed.listingDeep },
        expert: { origin, path: fixed.expert },
        search: { origin, path: fixed.search },
        articleCold: { origin, nextPath: coldArticles },
      };
      r.load = {};
      for (const [name, s] of Object.entries(scenarios)) {
        r.load[name] = [];
        for (const c of CONNECTIONS) {
          await settle(origin);
          const res = await loadTest({ ...s, connections: c, duration: DURATION, rssPids: [app.pid] });
          console.error(`  ${name} c=${c}: ${res.rps} req/s p50 ${res.p50} ms p99 ${res.p99} ms errors ${res.errors} rss ${res.rssMb} MB`);
          r.load[name].push(res);
        }
      }

      // wrk saturates nginx where one autocannon process cannot: the fair
      // comparison of the purge front with a static file. The app requests the
      // front sends meanwhile are counted (no writes happen during the run).
      console.error('wrk: nginx static vs the Varnish front, 64 connections');
      await settle(origin);
      const staticWrk = wrkTest({ url: `http://127.0.0.1:${PORTS.static}/`, connections: 64, duration: DURATION });
      const before = varnish.backendRequests();
      const varnishWrk = wrkTest({ url: varnishOrigin + articlePath, connections: 64, duration: DURATION });
      const backendRequests = varnish.backendRequests() - before;
      r.frontWrk = { staticNginx: staticWrk, articleVarnish: varnishWrk, appRequestsPerMinute: Math.round((backendRequests / DURATION) * 60) };
      console.error(`  nginx static ${staticWrk.rps} req/s, Varnish article ${varnishWrk.rps} req/s (${Math.round((varnishWrk.rps / staticWrk.rps) * 100)}%), errors ${varnishWrk.errors}, app requests from the front ${backendRequests}`);
      // The warm article straight from `next start`, driven by the same wrk that saturates nginx (issue 14: 50 connections).
      await settle(origin);
      r.frontWrk.articleWarm = wrkTest({ url: origin + articlePath, connections: 50, duration: DURATION });
      console.error(`  next start warm article ${r.frontWrk.articleWarm.rps} req/s p99 ${r.frontWrk.articleWarm.p99} ms`);

      // Memory over five rounds of 64-connection cold renders (expert pages and
      // articles not yet rendered): the peak of each round,
      // and what the server holds 10 s after it.
      console.error('memory, five rounds');
      const memoryPages = cycle(shuffled([...t.expertSlugs.map((s) => `/experts/${s}`), ...t.coldSlugs.slice(-2000).map((s) => `/publications/${s}`)]));
      r.memoryRounds = [];
      for (let round = 0; round < 5; round++) {
        await settle(origin);
        const res = await loadTest({ origin, nextPath: memoryPages, connections: 64, duration: DURATION, rssPids: [app.pid] });
        await new Promise((done) => setTimeout(done, 10_000));
        const after = rssOf(app.pid);
        r.memoryRounds.push({ peakMb: res.rssMb, afterMb: after, rps: res.rps, errors: res.errors });
        console.error(`  round ${round + 1}: peak ${res.rssMb} MB, ${after} MB 10 s later, ${res.rps} req/s`);
      }

      console.error('one connection, exact latencies');
      const rest = t.coldSlugs.slice(Math.floor(t.coldSlugs.length / 2));
      // "Deep in the archive": pages around 500 (each requested once, so each renders from the database).
      const deepPages = shuffled(Array.from({ length: 201 }, (_, i) => Math.max(2, Math.min(t.listingPages, 400 + i)))).map((p) => `/publications?page=${p}`);
      // Page 1 of a list never rendered (each topic's), and the last 200 pages of the whole archive.
      const firstPages = t.topicSlugs.map((s) => `/publications?topic=${s}`);
      const lastPages = shuffled(Array.from({ length: 200 }, (_, i) => Math.max(2, t.listingPages - i))).map((p) => `/publications?page=${p}`);
      const q = (v) => `/search?q=${encodeURIComponent(v.split('&')[0])}${v.includes('&') ? `&${v.split('&').slice(1).join('&')}` : ''}`;
      r.latency = {};
      const latencyRuns = {
        articleCold: cycle(rest.map((s) => `/publications/${s}`)),
        listingCold: cycle(deepPages),
        listingFirstPage: cycle(firstPages),
        listingLastPages: cycle(lastPages),
        searchRare: cycle(t.searchClasses.rare.map(q)),
        searchCommon: cycle(t.searchClasses.common.map(q)),
        searchPhrase: cycle(t.searchClasses.phrase.map(q)),
        searchFiltered: cycle(t.searchClasses.filtered.map(q)),
        expertCold: cycle(t.expertSlugs.map((s) => `/experts/${s}`)),
        topicCold: cycle(t.topicSlugs.map((s) => `/topics/${s}`)),
        searchCold: cycle(t.queries.map((q) => `/search?q=${encodeURIComponent(q)}`)),
        home: cycle(['/']),
      };
      for (const [name, nextPath] of Object.entries(latencyRuns)) {
        const distinct = { topicCold: t.topicSlugs.length, expertCold: t.expertSlugs.length, listingFirstPage: firstPages.length, listingLastPages: lastPages.length, ...Object.fromEntries(Object.entries(t.searchClasses).map(([k, v]) => [`search${k[0].toUpperCase()}${k.slice(1)}`, v.length])) };
        const max = distinct[name] ?? Infinity;
        await settle(origin);
        r.latency[name] = await sequentialTest({ origin, nextPath, duration: LATENCY_SECONDS, maxRequests: max, rssPids: [app.pid] });
        console.error(`  ${name}: p50 ${r.latency[name].p50} p95 ${r.latency[name].p95} p99 ${r.latency[name].p99} ms (${r.latency[name].requests} requests)`);
      }

      if (kind === databases[0]) {
        console.error('bytes');
        r.bytes = {
          article: await pageBytes(origin, articlePath, dist, 'publications/[slug]'),
          home: await pageBytes(origin, '/', dist, ''),
          listing: await pageBytes(origin, '/publications', dist, 'publications'),
          expert: await pageBytes(origin, fixed.expert, dist, 'experts/[slug]'),
          search: await pageBytes(origin, fixed.search, dist, 'search'),
        };
        if (!opts['skip-lighthouse']) {
          console.error('lighthouse');
          r.lighthouse = await lighthouseScores({ article: origin + articlePath, home: `${origin}/`, expert: origin + fixed.expert }).catch((e) => {
            console.error(`  lighthouse failed: ${e.message}`);
            return undefined;
          });
        }
      }

      console.error('publish-to-visible');
      await settle(origin);
      // Cached at the front before the publish (the piece's own address as a 404), so what is timed is the purge.
      for (const p of ['/', articlePath, `/publications/${draft.slug}`]) for (let i = 0; i < 2; i++) await fetchPage(varnishOrigin, p).catch(() => null);
      r.publish = await publishToVisibleOrNote({
        appOrigin: origin,
        draft,
        // The editor of the piece whose sidebar is watched: published, with every author the byline shows.
        editId: t.host.id,
        targets: {
          home: { origin, path: '/' },
          expert: { origin, path: fixed.expert },
          relatedSidebar: { origin, path: articlePath },
          relatedSidebarThroughFront: { origin: front, path: articlePath },
          homeThroughFront: { origin: front, path: '/' },
          articleThroughVarnish: { origin: varnishOrigin, path: `/publications/${draft.slug}` },
          homeThroughVarnish: { origin: varnishOrigin, path: '/' },
          relatedSidebarThroughVarnish: { origin: varnishOrigin, path: articlePath },
          expertThroughVarnish: { origin: varnishOrigin, path: fixed.expert },
        },
      });
      console.error(`  ${JSON.stringify(r.publish)}`);
    } finally {
      nginx?.stop();
      varnish?.stop();
      await app.stop();
      rmSync(path.join(root, dist), { recursive: true, force: true });
    }
  }

  results.finishedAt = new Date().toISOString();
  results.minutes = Math.round(((Date.now() - startedAt.getTime()) / 60000) * 10) / 10;
  results.targets = evaluateTargets(results);
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  console.log(`\nresults: ${path.relative(root, file)}`);
  rmSync(path.join(root, build), { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

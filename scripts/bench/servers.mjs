// Processes the benchmark starts and measures: the app under `next start`,
// nginx (static baseline and the production front), and system packages.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { fillVcl } from '../topology.mjs';
import { serverEnv, serverNodeFlags } from '../server-options.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const work = path.join(root, 'bench', '.work');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installs Debian packages the benchmark needs when they are missing (root only). */
export function ensurePackages() {
  const missing = [];
  if (!findNginx()) missing.push('nginx');
  if (!existsSync('/usr/sbin/varnishd') || !existsSync('/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so')) missing.push('varnish', 'varnish-modules');
  if (!existsSync('/usr/bin/wrk')) missing.push('wrk');
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  console.error(`installing ${missing.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: install ${missing.join(', ')} by hand`);
  }
}

export function findNginx() {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? null;
}

export async function waitForHttp(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {}
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
    await sleep(200);
  }
}

/** `next build` once into `distDir`. */
export function buildApp(distDir, env) {
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  const started = Date.now();
  // `next build` adds its build directory's type paths to tsconfig.json; the benchmark leaves no trace.
  const tsconfig = readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { BETTER_AUTH_SECRET: 'benchmark-only-secret-0123456789abcdef', ...process.env, ...env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  writeFileSync(path.join(root, 'tsconfig.json'), tsconfig);
  if (r.status !== 0) throw new Error('next build failed');
  return (Date.now() - started) / 1000;
}

/**
 * A fresh copy of the build for each server, so no run inherits another's
 * page and data caches (Next.js keeps both inside the build directory).
 */
export function freshDist(buildDir, name) {
  const target = `.next-bench-${name}`;
  rmSync(path.join(root, target), { recursive: true, force: true });
  cpSync(path.join(root, buildDir), path.join(root, target), { recursive: true });
  return target;
}

/** Starts `next start`; resolves once it answers. `onStderr` sees every stderr chunk. */
export async function startApp({ distDir, port, databaseUrl, extraEnv = {}, onStderr }) {
  // Each server its own cache store (lib/cache/), empty at start: no run inherits another's pages.
  const cacheFile = path.join(work, `${distDir}.cache.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(cacheFile + suffix, { force: true });
  // Run as `npm start` runs it (scripts/server-options.mjs), so the memory measured is the shipped one.
  const child = spawn(process.execPath, [...serverNodeFlags(), path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      SITE_URL: `http://localhost:${port}`,
      BETTER_AUTH_SECRET: 'benchmark-only-secret-0123456789abcdef',
      CACHE_FILE: cacheFile,
      ...serverEnv(),
      ...extraEnv,
    },
  });
  child.stderr.on('data', (d) => onStderr?.(d.toString()));
  await waitForHttp(`http://127.0.0.1:${port}/robots.txt`);
  return {
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      for (const pid of descendants(child.pid).reverse()) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {}
      }
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

function descendants(pid) {
  const out = [];
  const byParent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(entry));
    } catch {}
  }
  const walk = (p) => {
    for (const c of byParent.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Resident memory of a process and all its children, in MB. */
export function treeRssMb(pid) {
  let kb = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {}
  }
  return Math.round(kb / 1024);
}

/**
 * nginx with two servers: `staticPort` serves the saved article HTML as a
 * plain file (the baseline), `frontPort` is deploy/nginx/thinktank.conf in
 * front of the app on `appPort`.
 */
export async function startNginx({ staticPort, frontPort, appPort, htmlFile }) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed');
  const dir = path.join(work, 'nginx');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'cache'), { recursive: true });
  mkdirSync(path.join(dir, 'static'), { recursive: true });
  mkdirSync(path.join(dir, 'logs'), { recursive: true });
  cpSync(htmlFile, path.join(dir, 'static', 'article.html'));
  // The same page pre-compressed, so nginx can send gzip with no work per
  // request, as Varnish sends its stored gzip copy (a fair comparison).
  writeFileSync(path.join(dir, 'static', 'article.html.gz'), zlib.gzipSync(readFileSync(htmlFile), { level: 6 }));
  const front = readFileSync(path.join(root, 'deploy', 'nginx', 'thinktank.conf'), 'utf8')
    .replace('/var/cache/nginx/thinktank', path.join(dir, 'cache'))
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`)
    .replace('listen 80;', `listen ${frontPort};`);
  if (!front.includes(`listen ${frontPort};`) || !front.includes(`127.0.0.1:${appPort}`)) throw new Error('deploy/nginx/thinktank.conf changed shape: update scripts/bench/servers.mjs');
  writeFileSync(path.join(dir, 'thinktank.conf'), front);
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  server {
    listen ${staticPort};
    root ${dir}/static;
    gzip_static on;
    location / { default_type text/html; try_files /article.html =404; }
  }
  include ${dir}/thinktank.conf;
}
`,
  );
  execFileSync(nginx, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'pipe' });
  execFileSync(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  await waitForHttp(`http://127.0.0.1:${staticPort}/`);
  const pid = Number(readFileSync(path.join(dir, 'nginx.pid'), 'utf8'));
  return {
    pid,
    stop() {
      try {
        execFileSync(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-s', 'stop'], { stdio: 'pipe' });
      } catch {}
    },
  };
}

/** The shipped Varnish front (deploy/varnish) before the app on `appPort`. */
export async function startVarnish({ port, appPort, secret }) {
  const dir = path.join(work, 'varnish');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const vcl = path.join(dir, 'thinktank.vcl');
  writeFileSync(vcl, fillVcl({ backends: [{ host: '127.0.0.1', port: appPort }], secret }));
  const name = path.join('/tmp', `varnish-bench-${port}`);
  rmSync(name, { recursive: true, force: true });
  const child = spawn('/usr/sbin/varnishd', ['-F', '-n', name, '-a', `127.0.0.1:${port}`, '-f', vcl, '-s', 'malloc,512m', '-p', 'default_grace=0'], { stdio: 'ignore' });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 30_000);
  return {
    pid: child.pid,
    /** Requests the front has sent to the app so far. */
    backendRequests() {
      const out = execFileSync('/usr/bin/varnishstat', ['-n', name, '-1', '-f', 'MAIN.backend_req'], { encoding: 'utf8' });
      return Number(/MAIN\.backend_req\s+(\d+)/.exec(out)?.[1] ?? NaN);
    },
    stop() {
      child.kill('SIGTERM');
      rmSync(name, { recursive: true, force: true });
    },
  };
}

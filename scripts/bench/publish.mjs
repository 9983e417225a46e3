// Publish-to-visible: an editor presses "Publish now" in the real admin UI
// (a real browser, the real server action); we time how long until the home
// page, the author's profile and a related piece's "More from" sidebar show
// the new piece, straight from the app and through the front cache.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { root } from './servers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs SQL on the benchmark database (better-sqlite3 or pg, no app code). */
export async function withDatabase(url, fn) {
  if (url.startsWith('file:')) {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(url.slice('file:'.length));
    try {
      return await fn({
        all: async (sql, params = []) => db.prepare(sql.replace(/\$\d+/g, '?')).all(...params),
        run: async (sql, params = []) => void db.prepare(sql.replace(/\$\d+/g, '?')).run(...params),
      });
    } finally {
      db.close();
    }
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn({
      all: async (sql, params = []) => (await client.query(sql, params)).rows,
      run: async (sql, params = []) => void (await client.query(sql, params)),
    });
  } finally {
    await client.end();
  }
}

export const BENCH_EDITOR = { email: 'bench-editor@example.org', password: 'bench-editor-password-2026' };

/**
 * Makes a draft that, once published, must appear on the home page (newest),
 * on `expertSlug`'s profile (their newest) and first in `hostId`'s sidebar
 * (it shares every author and topic with the host, and is newer than any tie).
 */
export async function prepareDraft(url, hostId) {
  return withDatabase(url, async (db) => {
    const [draft] = await db.all(`SELECT id, slug FROM articles WHERE status = 'DRAFT' ORDER BY id LIMIT 1`);
    if (!draft) throw new Error('the generated archive has no draft to publish');
    const title = `Benchmark dispatch ${Date.now().toString(36)}`;
    await db.run(`UPDATE articles SET title = $1 WHERE id = $2`, [title, draft.id]);
    await db.run(`DELETE FROM article_authors WHERE article_id = $1`, [draft.id]);
    await db.run(`INSERT INTO article_authors (article_id, author_id, position) SELECT $1, author_id, position FROM article_authors WHERE article_id = $2`, [draft.id, hostId]);
    await db.run(`DELETE FROM article_topics WHERE article_id = $1`, [draft.id]);
    await db.run(`INSERT INTO article_topics (article_id, topic_id) SELECT $1, topic_id FROM article_topics WHERE article_id = $2`, [draft.id, hostId]);
    return { id: draft.id, slug: draft.slug, title };
  });
}

export function createEditor(databaseUrl) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/create-admin.ts', '--email', BENCH_EDITOR.email, '--name', 'Benchmark Editor', '--role', 'EDITOR'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: BENCH_EDITOR.password },
    encoding: 'utf8',
  });
  if (r.status !== 0 && !/already exists/.test(r.stderr)) throw new Error(`could not create the benchmark editor: ${r.stderr}`);
}

/**
 * The editor of `editId` (a published piece with several authors), loaded
 * `times` times in the signed-in browser: ms from navigation start until the
 * rich-text body is editable (the editor is created only after hydration, so
 * its contenteditable is the mark of an interactive page).
 */
async function editorLoads(page, appOrigin, editId, times = 7) {
  const out = [];
  for (let i = 0; i < times; i++) {
    await page.goto(`${appOrigin}/admin/articles/${editId}`, { waitUntil: 'commit' });
    await page.locator('[contenteditable="true"][aria-labelledby="body-label"]').waitFor({ timeout: 30_000 });
    out.push(Math.round(await page.evaluate(() => performance.now())));
  }
  return out;
}

/**
 * `targets`: name → { origin, path }. Returns ms until each showed `title`,
 * and the editor's load times (`editId`) measured first in the same browser.
 */
export async function publishToVisible({ appOrigin, draft, targets, editId }) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(executablePath) ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${appOrigin}/admin/sign-in`);
    await page.getByLabel('E-mail').fill(BENCH_EDITOR.email);
    await page.getByLabel('Password').fill(BENCH_EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Articles', level: 1 }).waitFor();
    const editorLoadMs = editId ? await editorLoads(page, appOrigin, editId) : null;
    await page.goto(`${appOrigin}/admin/articles/${draft.id}`);
    const publish = page.getByRole('button', { name: 'Publish now' });
    await publish.waitFor();
    // Timing starts on a ready editor: a click during hydration would wait
    // for it, and the editor's load time is not what is measured here.
    await page.waitForLoadState('networkidle');

    const seen = {};
    let t0 = 0;
    let release;
    const started = new Promise((r) => (release = r));
    const watchers = Object.entries(targets).map(async ([name, { origin, path: p }]) => {
      await started;
      for (;;) {
        const res = await fetch(origin + p, { headers: { 'user-agent': 'thinktank-bench' } }).catch(() => null);
        const text = res?.ok ? await res.text() : '';
        if (text.includes(draft.title)) {
          seen[name] = Date.now() - t0;
          return;
        }
        if (Date.now() - t0 > 30_000) {
          seen[name] = null;
          return;
        }
        await sleep(50);
      }
    });
    t0 = Date.now();
    await publish.click();
    release();
    await page.getByTestId('status').filter({ hasText: 'Published' }).waitFor({ timeout: 30_000 });
    const actionMs = Date.now() - t0;
    await Promise.all(watchers);
    return { actionMs, visibleMs: seen, editorLoadMs };
  } finally {
    await browser.close();
  }
}

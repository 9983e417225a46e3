// Article bodies are rendered from Markdown when a piece is written (as Ghost
// stores its html beside its mobiledoc), not on every page render: parsing
// and sanitizing a 650-word body costs a cold article page 2–5 ms. A stored
// rendering counts only for the piece's current version and this renderer
// (lib/shared/renderer-version.mjs), so a write that forgets it, or a deploy
// that changes the renderer, costs speed, never correctness: the page renders
// the body itself, and the ticker renders stale rows again in the background.
import { renderMarkdown } from '../markdown';
import type { Db, DbOrTx } from './prisma-client';
import { rendererVersion } from './renderer-version.mjs';

/** The running renderer's fingerprint: baked in by the build, computed from the sources elsewhere. */
export const RENDERER: string = process.env.MARKDOWN_RENDERER || rendererVersion();

type Piece = { id: string; version: number; body: string };

/**
 * Stores the rendered body of each piece whose stored one is not current (in
 * the caller's transaction when given one): renaming an expert reindexes all
 * their pieces but renders none of them again.
 */
export async function storeRenderedBodies(db: DbOrTx, pieces: Piece[]): Promise<void> {
  if (pieces.length === 0) return;
  const stored = await db.renderedBody.findMany({ where: { articleId: { in: pieces.map((p) => p.id) }, renderer: RENDERER }, select: { articleId: true, version: true } });
  const current = new Set(stored.map((r) => `${r.articleId} ${r.version}`));
  for (const p of pieces) {
    if (current.has(`${p.id} ${p.version}`)) continue;
    const row = { version: p.version, renderer: RENDERER, html: renderMarkdown(p.body) };
    await db.renderedBody.upsert({ where: { articleId: p.id }, create: { articleId: p.id, ...row }, update: row });
  }
}

/**
 * SQL for the stored rendering of `a` (the articles row) if it is current,
 * else NULL. The fingerprint is hex, so it is safe as a literal.
 */
export const RENDERED_BODY_SQL = `(SELECT rb.html FROM rendered_bodies rb WHERE rb.article_id = a.id AND rb.version = a.version AND rb.renderer = '${RENDERER.replace(/[^0-9a-z]/gi, '')}')`;

type Scan = { cursor: string; restUntil: number };
const scan: Scan = { cursor: '', restUntil: 0 };
const RECHECK_MS = 60 * 60_000;

/**
 * One step of the background pass over every piece, in id order: the next
 * `batch` rows are checked against their stored rendering (an index walk of a
 * few milliseconds; one query over the whole archive took 0.3-6 s on SQLite,
 * whose driver blocks the server meanwhile) and at most `maxRender` stale
 * ones are rendered. At the end of a pass the scan rests an hour: every write
 * renders its own body, so only a deploy of a new renderer or a bulk import
 * leaves stale rows, and reading them meanwhile is correct. Returns how many
 * it rendered; `state` is for tests.
 */
export async function renderStaleBodiesStep(db: Db, batch = 500, maxRender = 20, state: Scan = scan): Promise<number> {
  if (Date.now() < state.restUntil) return 0;
  const rows = await db.$queryRaw<{ id: string; stale: number | bigint }[]>`
    SELECT a.id, CASE WHEN rb.article_id IS NULL THEN 1 ELSE 0 END AS stale FROM articles a
    LEFT JOIN rendered_bodies rb ON rb.article_id = a.id AND rb.version = a.version AND rb.renderer = ${RENDERER}
    WHERE a.id > ${state.cursor} AND a.status <> 'TRASHED'
    ORDER BY a.id LIMIT ${batch}`;
  if (rows.length === 0) {
    state.cursor = '';
    state.restUntil = Date.now() + RECHECK_MS;
    return 0;
  }
  const stale = rows.filter((r) => Number(r.stale) === 1).slice(0, maxRender);
  // With renders left over in this batch, the next step resumes after the last one done.
  state.cursor = stale.length === maxRender ? stale[stale.length - 1].id : rows[rows.length - 1].id;
  if (stale.length === 0) return 0;
  const pieces = await db.article.findMany({ where: { id: { in: stale.map((r) => r.id) } }, select: { id: true, version: true, body: true } });
  await db.$transaction((tx) => storeRenderedBodies(tx, pieces), { timeout: 60_000 });
  return pieces.length;
}

/** A whole pass from the first piece, at once: how many were rendered (the tests' view of the ticker's pass). */
export async function renderStaleBodies(db: Db): Promise<number> {
  const state: Scan = { cursor: '', restUntil: 0 };
  let total = 0;
  while (state.restUntil === 0) total += await renderStaleBodiesStep(db, 500, 20, state);
  return total;
}

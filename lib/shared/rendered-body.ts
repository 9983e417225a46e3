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

/**
 * Renders up to `limit` pieces whose stored rendering is missing or stale,
 * newest first (the pieces readers open most). Returns how many it rendered;
 * 0 means every piece is current.
 */
export async function renderStaleBodies(db: Db, limit: number): Promise<number> {
  const rows = await db.$queryRaw<Piece[]>`
    SELECT a.id, a.version, a.body FROM articles a
    LEFT JOIN rendered_bodies rb ON rb.article_id = a.id AND rb.version = a.version AND rb.renderer = ${RENDERER}
    WHERE rb.article_id IS NULL AND a.status <> 'TRASHED'
    ORDER BY a.published_at DESC, a.id
    LIMIT ${limit}`;
  if (rows.length === 0) return 0;
  await db.$transaction((tx) => storeRenderedBodies(tx, rows.map((r) => ({ ...r, version: Number(r.version) }))), { timeout: 60_000 });
  return rows.length;
}

let currentSince = 0;
const RECHECK_MS = 60 * 60_000;

/**
 * The ticker's share (once a minute, every instance): stale bodies for at
 * most `budgetMs`. Once a pass finds none, the next look is an hour later:
 * every write renders its own body, so only a deploy of a new renderer or a
 * bulk import leaves stale rows, and reading them is correct meanwhile.
 */
export async function renderStaleBodiesForAWhile(db: Db, budgetMs = 1500): Promise<number> {
  if (Date.now() - currentSince < RECHECK_MS) return 0;
  const start = Date.now();
  let total = 0;
  while (Date.now() - start < budgetMs) {
    const n = await renderStaleBodies(db, 50);
    total += n;
    if (n === 0) {
      currentSince = Date.now();
      break;
    }
  }
  return total;
}

// The .docx import on a real SQLite database and a real media folder, with a
// Word file built by the `docx` library (e2e/fixtures/docx/report.ts).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../shared/migrations.mjs';
import { renderMarkdown } from '../markdown';
import { REPORT, reportDocx } from '../../e2e/fixtures/docx/report';

const dir = mkdtempSync(path.join(os.tmpdir(), 'docx-import-test-'));
let importDocx: typeof import('./import-docx').importDocx;
let ImportError: typeof import('./import-docx').ImportError;
let db: typeof import('../db').db;
let userId: string;

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${dir}/t.db`;
  process.env.MEDIA_DIR = path.join(dir, 'media');
  await applyMigrations({ quiet: true });
  ({ importDocx, ImportError } = await import('./import-docx'));
  db = (await import('../db')).db;
  userId = (await db.user.create({ data: { email: 'editor@example.org', name: 'Editor', role: 'EDITOR' } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing a Word file', () => {
  it('gives the title, and a body with headings, emphasis, link, list, table, picture and footnotes', async () => {
    const result = await importDocx(await reportDocx(), 'Ukraine report.docx', userId);
    expect(result.title).toBe(REPORT.title);
    const md = result.markdown;
    expect(md).not.toContain(REPORT.title);
    expect(md).toMatch(new RegExp(`^## ${REPORT.heading}$`, 'm'));
    expect(md).toContain('**faster than expected**');
    expect(md).toContain('_unevenly_');
    expect(md).toContain(`[${REPORT.linkText}](${REPORT.linkUrl})`);
    for (const b of REPORT.bullets) expect(md).toContain(`- ${b}`);
    const html = renderMarkdown(md);
    expect(html).toContain(`<th>${REPORT.table[0][0]}</th>`);
    expect(html).toContain(`<td>${REPORT.table[1][1]}</td>`);
    expect(md).toContain(`[^1]: ${REPORT.footnotes[0]}`);
    expect(md).toContain(`[^2]: ${REPORT.footnotes[1]}`);
    expect((html.match(/data-footnote-ref/g) ?? []).length).toBe(2);
    expect(result.notes).toEqual([]);
  });

  it('stores the picture in the media library with its size, and the body points at it with its description', async () => {
    const before = await db.media.count();
    const result = await importDocx(await reportDocx(), 'Ukraine report.docx', userId);
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image.alt).toBe(REPORT.imageAlt);
    expect(result.markdown).toContain(`![${REPORT.imageAlt}](${image.url})`);
    expect(await db.media.count()).toBe(before + 1);
    const row = await db.media.findUnique({ where: { key: image.url.replace('/media/', '') } });
    expect(row).toMatchObject({ kind: 'image', width: REPORT.imageSize.width, height: REPORT.imageSize.height, alt: REPORT.imageAlt, createdById: userId });
    // Its size is in its address, for the page to reserve its space.
    expect(image.url).toMatch(new RegExp(`\\.${REPORT.imageSize.width}x${REPORT.imageSize.height}\\.png$`));
    expect(readdirSync(path.join(dir, 'media'))).toContain(row!.key);
  });

  it('refuses what is not a Word document, with a message that says what to do', async () => {
    await expect(importDocx(Buffer.from('%PDF-1.7 not a docx'), 'x.docx', userId)).rejects.toThrow(ImportError);
    await expect(importDocx(Buffer.from('%PDF-1.7 not a docx'), 'x.docx', userId)).rejects.toThrow(/Word document \(\.docx\)/);
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
    await expect(importDocx(brokenZip, 'broken.docx', userId)).rejects.toThrow(/could not be read as a Word document/);
  });
});

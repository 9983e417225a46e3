import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, SOURCE } from './fixtures';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

const PAGES = {
  home: '/',
  article: `/publications/${SOURCE.slug}`,
  cite: `/publications/${SOURCE.slug}/cite`,
  listing: '/publications?type=commentary&page=1',
  experts: '/experts',
  expert: '/experts/jim-townsend',
  topics: '/topics',
  topic: '/topics/russia',
  programs: '/programs',
  program: '/programs/transatlantic-security',
  podcasts: '/podcasts',
  show: '/podcasts/brussels-sprouts',
  episode: '/publications/is-russia-under-pressure',
  events: '/events',
  event: '/publications/transatlantic-security-forum-2027',
  'past-event': '/publications/book-launch-the-new-arms-race-in-space',
  newsletter: '/newsletter',
  'newsletter-confirm': '/newsletter/confirm?t=not-a-real-link',
  search: '/search?q=russia',
  'not-found': '/publications/missing-piece',
};

test('every public page type passes the Nu HTML Checker with no errors', async ({ request }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  const files: string[] = [];
  for (const [name, url] of Object.entries(PAGES)) {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, await (await request.get(url)).text());
    files.push(file);
  }
  let output: string;
  try {
    output = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // vnu exits 1 when it finds errors and writes its report to stderr.
    output = (e as { stderr?: string }).stderr ?? '';
  }
  const report = JSON.parse(output || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] };
  const errors = report.messages.filter((m) => m.type === 'error').map((m) => `${path.basename(m.url)}: ${m.message} [${m.extract ?? ''}]`);
  expect(errors).toEqual([]);
});

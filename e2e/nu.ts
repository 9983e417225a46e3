import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

/** The Nu HTML Checker's errors (not warnings) for each page, as "name: message [extract]" lines. */
export function nuErrors(pages: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  const files = Object.entries(pages).map(([name, html]) => {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html);
    return file;
  });
  let output: string;
  try {
    output = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // vnu exits 1 when it finds errors and writes its report to stderr.
    output = (e as { stderr?: string }).stderr ?? '';
  }
  const report = JSON.parse(output || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] };
  return report.messages.filter((m) => m.type === 'error').map((m) => `${path.basename(m.url)}: ${m.message} [${m.extract ?? ''}]`);
}

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleSqlSuite } from './sql.cases';

articleSqlSuite('SQLite', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'article-sql-'));
  return { url: `file:${dir}/t.db`, close: async () => rmSync(dir, { recursive: true, force: true }) };
});

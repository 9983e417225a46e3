import { scratchSqlite } from '../shared/test-databases.mjs';
import { articleSqlSuite } from './sql.cases';

articleSqlSuite('SQLite', async () => {
  const db = scratchSqlite('article-sql');
  return { url: db.url, close: db.drop };
});

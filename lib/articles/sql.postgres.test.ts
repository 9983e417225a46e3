import { scratchPostgres } from '../shared/test-databases.mjs';
import { articleSqlSuite } from './sql.cases';

articleSqlSuite('PostgreSQL', async () => {
  const db = await scratchPostgres('article_sql');
  return { url: db.url, close: db.drop };
});

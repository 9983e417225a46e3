import { scratchSqlite } from '../shared/test-databases.mjs';
import { searchSqlSuite } from './sql.cases';

searchSqlSuite('SQLite', async () => scratchSqlite('search-sql'));

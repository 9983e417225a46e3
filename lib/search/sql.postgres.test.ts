import { scratchPostgres } from '../shared/test-databases.mjs';
import { searchSqlSuite } from './sql.cases';

searchSqlSuite('PostgreSQL', () => scratchPostgres('search_sql'));

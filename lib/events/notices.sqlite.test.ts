import { scratchSqlite } from '../shared/test-databases.mjs';
import { noticesSuite } from './notices.cases';

noticesSuite('SQLite', async () => scratchSqlite('notices'));

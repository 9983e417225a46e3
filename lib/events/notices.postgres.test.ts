import { scratchPostgres } from '../shared/test-databases.mjs';
import { noticesSuite } from './notices.cases';

noticesSuite('PostgreSQL', async () => scratchPostgres('notices'));

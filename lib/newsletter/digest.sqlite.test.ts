import { scratchSqlite } from '../shared/test-databases.mjs';
import { digestSuite } from './digest.cases';

digestSuite('SQLite', async () => scratchSqlite('digest'));

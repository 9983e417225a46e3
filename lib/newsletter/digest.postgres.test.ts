import { scratchPostgres } from '../shared/test-databases.mjs';
import { digestSuite } from './digest.cases';

digestSuite('PostgreSQL', async () => scratchPostgres('digest'));

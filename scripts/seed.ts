// Fills an empty database with the demo content (`npm run db:seed`).
// Refuses to touch a database that already has content.
import { createDb } from '../lib/shared/prisma-client';
import { isEmpty, seedDemoContent } from '../prisma/seed/seed';
import { createStaffUser, DEMO_ACCOUNTS } from '../lib/shared/users-core';
import { reindexAll } from '../lib/shared/search-index';
import { createStorage } from '../lib/shared/media-storage';

const db = createDb();
try {
  if (!(await isEmpty(db))) {
    console.log('database already has content: demo content not loaded');
  } else {
    const storage = createStorage();
    const counts = await seedDemoContent(db, (key, bytes, type) => storage.put(key, bytes, type));
    await reindexAll(db);
    for (const account of DEMO_ACCOUNTS) await createStaffUser(db, account);
    console.log(`demo content loaded: ${counts.articles} pieces, ${counts.authors} experts, ${counts.topics} topics`);
    console.log(`demo sign-in at /admin: ${DEMO_ACCOUNTS[0].email} / ${DEMO_ACCOUNTS[0].password} (see README)`);
  }
} finally {
  await db.$disconnect();
}

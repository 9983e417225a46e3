// Fills an empty database with the demo content (`npm run db:seed`).
// Refuses to touch a database that already has content.
import { createDb } from '../lib/prisma-client';
import { isEmpty, seedDemoContent } from '../prisma/seed/seed';

const db = createDb();
try {
  if (!(await isEmpty(db))) {
    console.log('database already has content: demo content not loaded');
  } else {
    const counts = await seedDemoContent(db);
    console.log(`demo content loaded: ${counts.articles} pieces, ${counts.authors} experts, ${counts.topics} topics`);
  }
} finally {
  await db.$disconnect();
}

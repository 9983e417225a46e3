// Creates the first admin (or any staff account) from the command line:
//   npm run admin:create -- --email you@example.org --name "Your Name" [--role ADMIN]
// The password is read from ADMIN_PASSWORD or asked for on the terminal.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/shared/prisma-client';
import { createStaffUser } from '../lib/shared/users-core';
import type { Role } from '../lib/permissions';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'ADMIN' } } });
if (!values.email || !values.name || !['ADMIN', 'EDITOR', 'CONTRIBUTOR'].includes(values.role!)) {
  console.error('usage: npm run admin:create -- --email you@example.org --name "Your Name" [--role ADMIN|EDITOR|CONTRIBUTOR]');
  process.exit(2);
}
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password (at least 10 characters): ');
  rl.close();
}
if (password.length < 10) {
  console.error('The password must have at least 10 characters.');
  process.exit(2);
}
const db = createDb();
try {
  const user = await createStaffUser(db, { email: values.email, name: values.name, role: values.role as Role, password });
  console.log(`created ${values.role} ${values.email} (${user.id})`);
} catch (e) {
  console.error(String(e).includes('Unique constraint') ? `An account for ${values.email} already exists.` : String(e));
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

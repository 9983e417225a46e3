// Creating staff accounts, shared by the admin screens, the CLI and the demo seed.
// Kept free of Next.js imports so scripts can use it.
import { hashPassword } from 'better-auth/crypto';
import type { Db } from './prisma-client';
import type { Role } from '../permissions';

export async function createStaffUser(
  db: Db,
  input: { email: string; name: string; role: Role; password: string },
): Promise<{ id: string }> {
  const email = input.email.trim().toLowerCase();
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name: input.name.trim(), role: input.role, emailVerified: true }, select: { id: true } });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: 'credential', password: hash } });
    return user;
  });
}

export async function setStaffPassword(db: Db, userId: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  const updated = await db.account.updateMany({ where: { userId, providerId: 'credential' }, data: { password: hash } });
  if (updated.count === 0) await db.account.create({ data: { userId, accountId: userId, providerId: 'credential', password: hash } });
}

/** Demo staff for the embedded demo database (README lists them). Never loaded when SEED_DEMO_CONTENT=false. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@example.org', name: 'Dana Admin', role: 'ADMIN', password: 'demo-admin-2026' },
  { email: 'editor@example.org', name: 'Eli Editor', role: 'EDITOR', password: 'demo-editor-2026' },
  { email: 'contributor@example.org', name: 'Cory Contributor', role: 'CONTRIBUTOR', password: 'demo-contributor-2026' },
] as const;

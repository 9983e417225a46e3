import 'server-only';
import { db } from '../db';
import type { Role } from '../permissions';
import { createStaffUser } from '../shared/users-core';

export async function listUsers() {
  return db.user.findMany({ orderBy: [{ active: 'desc' }, { name: 'asc' }], select: { id: true, name: true, email: true, role: true, active: true, createdAt: true } });
}

export async function setRole(userId: string, role: Role) {
  await db.user.update({ where: { id: userId }, data: { role } });
}

/** Deactivating also ends every session of that person at once. */
export async function setActive(userId: string, active: boolean) {
  await db.$transaction([db.user.update({ where: { id: userId }, data: { active } }), ...(active ? [] : [db.session.deleteMany({ where: { userId } })])]);
}

export async function countActiveAdmins(): Promise<number> {
  return db.user.count({ where: { role: 'ADMIN', active: true } });
}

/** The account id behind an e-mail address, for the audit log of sign-in attempts. */
export async function userIdByEmail(email: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
}

/** What the user actions need to know of an account before changing it. */
export async function getAccount(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { role: true, email: true, active: true } });
}

/** A new staff account (the admin's form; scripts/create-admin.ts uses the same core). */
export async function createAccount(input: { email: string; name: string; role: Role; password: string }): Promise<{ id: string }> {
  return createStaffUser(db, input);
}

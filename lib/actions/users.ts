'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { orRedirect, requireUser } from '../session';
import { countActiveAdmins, createAccount, getAccount, setActive, setRole, userIdByEmail } from '../admin/users';
import { recordAudit } from '../admin/audit';
import { emailAddress, line } from '../validation/fields';
import { failed, refused, type ActionState } from './state';
import { ROLE_LABELS } from '../labels';
import type { Role } from '../permissions';

const roles = Object.keys(ROLE_LABELS) as [Role, ...Role[]];

export type CreateUserState = ActionState<{ name: string; email: string; role: string }>;

const createInput = z.object({
  name: line(120).pipe(z.string().min(1, 'Enter a name.')),
  email: emailAddress(),
  role: z.enum(roles, 'Choose a role.'),
  password: z.string().min(10, 'The temporary password needs at least 10 characters.').max(200),
});

export async function createUser(_prev: CreateUserState, form: FormData): Promise<CreateUserState> {
  const admin = await orRedirect('/admin/users', () => requireUser('users:manage'));
  const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), role: String(form.get('role') ?? '') };
  const parsed = createInput.safeParse({ ...values, password: form.get('password') });
  if (!parsed.success) return refused(parsed.error, values);
  if (await userIdByEmail(parsed.data.email)) {
    return failed(`An account for ${parsed.data.email} already exists.`, values, 'email');
  }
  const user = await createAccount(parsed.data);
  await recordAudit(admin.id, 'user-create', `user:${user.id}`, `${parsed.data.email} as ${parsed.data.role}`);
  redirect('/admin/users?created=1');
}

export async function changeRole(form: FormData) {
  const admin = await orRedirect('/admin/users', () => requireUser('users:manage'));
  const userId = String(form.get('userId') ?? '');
  const role = z.enum(roles).safeParse(form.get('role'));
  if (!role.success || !userId) redirect('/admin/users?error=role');
  const target = await getAccount(userId);
  if (!target) redirect('/admin/users?error=missing');
  // The site must always keep one active admin.
  if (target.role === 'ADMIN' && role.data !== 'ADMIN' && (await countActiveAdmins()) <= 1) redirect('/admin/users?error=last-admin');
  await setRole(userId, role.data);
  await recordAudit(admin.id, 'role-change', `user:${userId}`, `${target.email}: ${target.role} → ${role.data}`);
  redirect('/admin/users?updated=1');
}

export async function toggleActive(form: FormData) {
  const admin = await orRedirect('/admin/users', () => requireUser('users:manage'));
  const userId = String(form.get('userId') ?? '');
  const active = form.get('active') === 'true';
  const target = await getAccount(userId);
  if (!target) redirect('/admin/users?error=missing');
  if (!active && target.role === 'ADMIN' && (await countActiveAdmins()) <= 1) redirect('/admin/users?error=last-admin');
  await setActive(userId, active);
  await recordAudit(admin.id, active ? 'user-reactivate' : 'user-deactivate', `user:${userId}`, target.email);
  redirect('/admin/users?updated=1');
}

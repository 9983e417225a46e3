import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from './auth';
import { can, type Actor, type Permission, type Role } from './permissions';

export type StaffUser = Actor & { name: string; email: string };

/** The signed-in staff member, or null. Deactivated accounts count as signed out. */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const u = session.user as { id: string; name: string; email: string; role?: string; active?: boolean };
  if (u.active === false) return null;
  return { id: u.id, name: u.name, email: u.email, role: (u.role ?? 'CONTRIBUTOR') as Role, active: true };
});

export class AuthorizationError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? 'Sign in to continue.' : 'Your role does not allow this.');
  }
}

/** For pages: sends signed-out visitors to sign in; refuses the wrong role. */
export async function requirePageUser(permission: Permission = 'admin:enter', next = '/admin'): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/sign-in?next=${encodeURIComponent(next)}`);
  if (!can(user, permission)) redirect('/admin?denied=1');
  return user;
}

/** For server actions and API routes: throws AuthorizationError (401/403). */
export async function requireUser(permission: Permission = 'admin:enter'): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError(401);
  if (!can(user, permission)) throw new AuthorizationError(403);
  return user;
}

/**
 * For server actions submitted from plain forms: runs `check` and turns a
 * refusal into a page with a message (sign-in, or "not allowed") instead of an
 * error screen.
 */
export async function orRedirect<T>(back: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (e) {
    if (e instanceof AuthorizationError) {
      redirect(e.status === 401 ? `/admin/sign-in?next=${encodeURIComponent(back)}` : '/admin?denied=1');
    }
    throw e;
  }
}

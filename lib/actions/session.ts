'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '../auth';
import { db } from '../db';
import { clearFailures, recordFailure, tooManyFailures } from '../rate-limit';
import { recordAudit } from '../admin/audit';
import { safeRedirectPath } from '../safe-redirect';

export type SignInState = { error?: string; email?: string };

const signInInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter the e-mail address of your staff account.').max(200),
  password: z.string().min(1, 'Enter your password.').max(200),
  next: z.string().default('/admin'),
});

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInInput.safeParse({ email: form.get('email'), password: form.get('password'), next: form.get('next') ?? undefined });
  const email = String(form.get('email') ?? '');
  if (!parsed.success) return { error: parsed.error.issues[0].message, email };

  const h = await headers();
  const ip = (h.get('x-forwarded-for') ?? '').split(',')[0].trim() || 'local';
  // Five wrong passwords for one account, or thirty from one address, lock sign-in for 15 minutes.
  const WINDOW = 15 * 60;
  const ipKey = `sign-in:ip:${ip}`;
  const emailKey = `sign-in:email:${parsed.data.email}`;
  if ((await tooManyFailures(emailKey, 5, WINDOW)) || (await tooManyFailures(ipKey, 30, WINDOW))) {
    return { error: 'Too many failed sign-in attempts. Wait 15 minutes and try again.', email };
  }

  const account = await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, active: true } });
  if (account && !account.active) return { error: 'This account has been deactivated. Ask an administrator.', email };
  try {
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: h });
  } catch {
    await Promise.all([recordFailure(emailKey, WINDOW), recordFailure(ipKey, WINDOW)]);
    await recordAudit(account?.id ?? null, 'sign-in-failed', parsed.data.email);
    return { error: 'That e-mail and password do not match a staff account.', email };
  }
  await clearFailures(emailKey);
  await recordAudit(account?.id ?? null, 'sign-in', parsed.data.email);
  // Only paths inside this site; anything else would be an open redirect.
  redirect(safeRedirectPath(parsed.data.next, '/admin'));
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect('/admin/sign-in');
}

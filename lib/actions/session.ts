'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '../auth';
import { userIdByEmail } from '../admin/users';
import { isAPIError } from 'better-auth/api';
import { TOO_MANY_ATTEMPTS } from '../sign-in-guard';
import { recordAudit } from '../admin/audit';
import { safeRedirectPath } from '../safe-redirect';
import { emailAddress } from '../validation/fields';
import { failed, type ActionState } from './state';

export type SignInState = ActionState<{ email: string }>;

const signInInput = z.object({
  email: emailAddress('Enter the e-mail address of your staff account.'),
  password: z.string().min(1, 'Enter your password.').max(200),
  next: z.string().default('/admin'),
});

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInInput.safeParse({ email: form.get('email'), password: form.get('password'), next: form.get('next') ?? undefined });
  const email = String(form.get('email') ?? '');
  if (!parsed.success) return failed(parsed.error.issues[0].message, { email });

  const h = await headers();
  const accountId = await userIdByEmail(parsed.data.email);
  try {
    // Throttling and the deactivated-account check run inside better-auth's own hooks (lib/auth.ts).
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: h });
  } catch (e) {
    const throttled = isAPIError(e) && e.statusCode === 429;
    await recordAudit(accountId, throttled ? 'sign-in-throttled' : 'sign-in-failed', parsed.data.email);
    return failed(throttled ? TOO_MANY_ATTEMPTS : 'That e-mail and password do not match a staff account.', { email });
  }
  await recordAudit(accountId, 'sign-in', parsed.data.email);
  // Only paths inside this site; anything else would be an open redirect.
  redirect(safeRedirectPath(parsed.data.next, '/admin'));
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect('/admin/sign-in');
}

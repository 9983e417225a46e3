'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { countAttempt } from '../rate-limit';
import { clientAddress } from '../sign-in-guard';
import { emailAddress } from '../validation/fields';
import { confirmSubscription, MAX_FOLLOWS, requestSubscription, setFollows, unsubscribe } from '../newsletter';
import { choicesOf, FOLLOW_VALUE } from '../newsletter/choices';
import { failed, refused, type ActionState } from './state';
import { orRedirect, requireUser } from '../session';
import { recordAudit } from '../admin/audit';
import { removeReader } from '../newsletter/admin';

export type SignUpState = ActionState<{ email: string; follow: string[] }>;

const followValue = z.string().regex(FOLLOW_VALUE, 'Choose something to follow.');
const signUpInput = z.object({
  email: emailAddress(),
  follow: z.array(followValue).min(1, 'Choose at least one topic, program or expert to follow.').max(MAX_FOLLOWS, `Choose at most ${MAX_FOLLOWS}.`),
});


/** Sign-ups one network may send in an hour, and confirmation e-mails one address may be sent. */
const SIGN_UPS_PER_ADDRESS = 20;
const MAILS_PER_RECIPIENT = 3;

export async function signUp(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const raw = { email: String(form.get('email') ?? '').slice(0, 400), follow: form.getAll('follow').map(String).slice(0, MAX_FOLLOWS + 1) };
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success) return refused(parsed.error, raw);
  const address = clientAddress(await headers());
  if (address && (await countAttempt(`newsletter-signup:${address}`, 3600)) > SIGN_UPS_PER_ADDRESS) {
    return failed('Too many sign-ups from your network in the last hour. Try again later.', raw);
  }
  // A form cannot be used to flood one inbox: a few confirmation e-mails an hour per address.
  const recipient = createHash('sha256').update(parsed.data.email).digest('hex').slice(0, 32);
  if ((await countAttempt(`newsletter-mail:${recipient}`, 3600)) > MAILS_PER_RECIPIENT) {
    return failed('We have already sent several confirmation e-mails to this address in the last hour. Look for them (and in the spam folder), or try again later.', raw);
  }
  const outcome = await requestSubscription(parsed.data.email, choicesOf(parsed.data.follow));
  if (outcome === 'nothing-chosen') return failed('What you chose to follow no longer exists. Reload the page and choose again.', raw, 'follow');
  if (outcome === 'mail-off') return failed('This site cannot send e-mail at the moment, so we could not sign you up. Nothing was stored; please try again later.', raw);
  return { status: 'saved', message: `Almost done: we have sent a link to ${parsed.data.email}. Open it to confirm.`, values: raw };
}

export type TokenState = { status: 'idle' | 'saved' | 'unsubscribed' | 'gone'; message?: string };

const token = (form: FormData) => String(form.get('t') ?? '').slice(0, 4000);

export async function confirmSignUp(_prev: TokenState, form: FormData): Promise<TokenState> {
  const manage = await confirmSubscription(token(form));
  if (!manage) return { status: 'gone' };
  // Relative, so it works on whatever host name the reader came in on.
  redirect(`/newsletter/manage?t=${encodeURIComponent(manage)}&confirmed=1`);
}

export async function saveFollows(_prev: TokenState, form: FormData): Promise<TokenState> {
  const values = z.array(followValue).max(MAX_FOLLOWS).safeParse(form.getAll('follow').map(String));
  if (!values.success) return { status: 'idle', message: 'Some choices were not understood. Reload the page and try again.' };
  const outcome = await setFollows(token(form), choicesOf(values.data));
  return { status: outcome, message: outcome === 'saved' ? 'Saved. Your next digest follows these choices.' : undefined };
}

export async function unsubscribeAll(_prev: TokenState, form: FormData): Promise<TokenState> {
  return { status: (await unsubscribe(token(form))) ? 'unsubscribed' : 'gone' };
}

export type RemoveReaderState = ActionState<{ email: string }>;

/** Staff, on a reader's request: forget this address and everything stored with it. */
export async function removeReaderAction(_prev: RemoveReaderState, form: FormData): Promise<RemoveReaderState> {
  const user = await orRedirect('/admin/newsletter', () => requireUser('newsletter:manage'));
  const raw = { email: String(form.get('email') ?? '').slice(0, 400) };
  const parsed = z.object({ email: emailAddress() }).safeParse(raw);
  if (!parsed.success) return refused(parsed.error, raw);
  const domain = await removeReader(parsed.data.email);
  if (!domain) return failed(`No reader has the address ${parsed.data.email}: nothing is stored about it.`, raw, 'email');
  // The audit line names the domain only: the point of the request is that the address is gone.
  await recordAudit(user.id, 'newsletter-remove', 'newsletter', `Removed a reader at ${domain} and their follows`);
  return { status: 'saved', message: `Removed ${parsed.data.email}, what it followed and its delivery records.`, values: { email: '' } };
}

'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { countAttempt } from '../rate-limit';
import { clientAddress } from '../sign-in-guard';
import { emailAddress, line } from '../validation/fields';
import { cancelRegistration, register, RegistrationRefused } from '../events/registrations';
import { failed, refused, type ActionState } from './state';

export type RegistrationState = ActionState<Record<string, string>> & { outcome?: 'confirmed' | 'waitlisted'; again?: boolean };

const registrationInput = z.object({
  name: line(120).pipe(z.string().min(1, 'Enter your name.')),
  email: emailAddress(),
  organization: line(160),
});

/** Registrations one address may make in an hour: generous for an office behind one address, not for a script. */
const REGISTRATIONS_PER_HOUR = 30;

export async function registerForEvent(_prev: RegistrationState, form: FormData): Promise<RegistrationState> {
  const slug = String(form.get('slug') ?? '').slice(0, 120);
  const raw = Object.fromEntries(Object.keys(registrationInput.shape).map((k) => [k, String(form.get(k) ?? '')]));
  const parsed = registrationInput.safeParse(raw);
  if (!parsed.success) return refused(parsed.error, raw);
  const address = clientAddress(await headers());
  if (address && (await countAttempt(`event-register:${address}`, 3600)) > REGISTRATIONS_PER_HOUR) {
    return failed('Too many registrations from your network in the last hour. Try again later.', raw);
  }
  try {
    const { status, again } = await register(slug, parsed.data);
    return { status: 'saved', outcome: status, again };
  } catch (e) {
    if (e instanceof RegistrationRefused) return failed(e.message, raw);
    // A transaction that could not start in time (P2028): the database is swamped, nothing was written.
    if ((e as { code?: string }).code === 'P2028') return failed('Many people are registering at this moment. Nothing was saved: please try again in a minute.', raw);
    throw e;
  }
}

export type CancelState = { status: 'idle' | 'done' | 'gone' };

export async function cancelEventRegistration(_prev: CancelState, form: FormData): Promise<CancelState> {
  return (await cancelRegistration(String(form.get('token') ?? ''))) ? { status: 'done' } : { status: 'gone' };
}

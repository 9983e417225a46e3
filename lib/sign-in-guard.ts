import 'server-only';
import { clearAttempts, countAttempt, returnAttempt } from './rate-limit';

// Sign-in throttling, run by better-auth's own hooks (lib/auth.ts), so it
// covers every way into a session, not only our sign-in form.
//
// Five attempts per account, or thirty per client address, in 15 minutes;
// a correct password inside the limit clears the account's count.
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

export const TOO_MANY_ATTEMPTS = 'Too many failed sign-in attempts. Wait 15 minutes and try again.';

/**
 * The client's address as the nearest trusted proxy saw it, or null when it
 * cannot be known. X-Forwarded-For is only believed for the hops a configured
 * front appends (TRUSTED_PROXY_HOPS, e.g. 1 behind one Varnish or nginx):
 * everything left of those was written by the client and proves nothing.
 * Without a front, `next start` keeps a client's own X-Forwarded-For, so no
 * address is trusted and only the per-account limit applies.
 */
export function clientAddress(headers: Headers, hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)): string | null {
  if (!Number.isInteger(hops) || hops <= 0) return null;
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : null;
}

function keys(email: string, headers: Headers) {
  const address = clientAddress(headers);
  return {
    account: `sign-in:email:${email.trim().toLowerCase()}`,
    address: address ? `sign-in:ip:${address}` : null,
  };
}

/** Counts a sign-in attempt; false when the account or the address is over its limit. */
export async function admitSignInAttempt(email: string, headers: Headers): Promise<boolean> {
  const k = keys(email, headers);
  const [account, address] = await Promise.all([
    countAttempt(k.account, SIGN_IN_LIMITS.windowSeconds),
    k.address ? countAttempt(k.address, SIGN_IN_LIMITS.windowSeconds) : Promise.resolve(0),
  ]);
  return account <= SIGN_IN_LIMITS.perAccount && address <= SIGN_IN_LIMITS.perAddress;
}

/** A correct password: the account starts afresh and the address gets its attempt back. */
export async function signInSucceeded(email: string, headers: Headers): Promise<void> {
  const k = keys(email, headers);
  await Promise.all([clearAttempts(k.account), k.address ? returnAttempt(k.address) : undefined]);
}

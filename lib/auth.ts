import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { db, databaseKind } from './db';
import { site } from './site';
import { admitSignInAttempt, signInSucceeded, TOO_MANY_ATTEMPTS } from './sign-in-guard';

// Staff authentication (better-auth): e-mail and password, scrypt hashes,
// database sessions (deleting a row revokes it), httpOnly SameSite=Lax cookies.
// There is no public sign-up: admins create accounts (lib/admin/users.ts,
// scripts/create-admin.ts).
//
// The app calls better-auth only from the server (sign-in form action, session
// reads, sign-out), and exposes none of its HTTP endpoints. The hooks below
// hold anyway, for every path into it: only the operations we use exist
// (update-user, change-email, sign-up… answer 404, so staff cannot rename
// themselves into a colleague), and sign-in is throttled per account and per
// trusted client address (lib/sign-in-guard.ts).
const OPERATIONS_IN_USE = new Set(['/sign-in/email', '/sign-out', '/get-session']);

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : '';
}
export const auth = betterAuth({
  appName: site.name,
  secret: process.env.BETTER_AUTH_SECRET,
  baseURL: process.env.BETTER_AUTH_URL ?? site.url,
  database: prismaAdapter(db, { provider: databaseKind === 'postgres' ? 'postgresql' : 'sqlite' }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
  user: {
    additionalFields: {
      role: { type: 'string', required: false, defaultValue: 'CONTRIBUTOR', input: false },
      active: { type: 'boolean', required: false, defaultValue: true, input: false },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: true,
    storage: 'database',
    window: 60,
    max: 100,
    customRules: { '/sign-in/email': { window: 60, max: 5 } },
  },
  advanced: {
    useSecureCookies: site.url.startsWith('https://'),
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path && !OPERATIONS_IN_USE.has(ctx.path)) throw new APIError('NOT_FOUND');
      if (ctx.path === '/sign-in/email' && !(await admitSignInAttempt(emailOf(ctx.body), ctx.headers ?? new Headers()))) {
        throw new APIError('TOO_MANY_REQUESTS', { message: TOO_MANY_ATTEMPTS });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path === '/sign-in/email' && !isAPIError(ctx.context.returned)) await signInSucceeded(emailOf(ctx.body), ctx.headers ?? new Headers());
    }),
  },
  // A deactivated account cannot open a session by any route. It gets the
  // answer a wrong password gets, so nobody learns the address is staff's.
  databaseHooks: {
    session: {
      create: {
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
          if (!user?.active) throw new APIError('UNAUTHORIZED', { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' });
        },
      },
    },
  },
  plugins: [nextCookies()],
});

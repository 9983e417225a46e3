import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { APIError } from 'better-auth/api';
import { db, databaseKind } from './db';
import { site } from './site';

// Staff authentication (better-auth): e-mail and password, scrypt hashes,
// database sessions (deleting a row revokes it), httpOnly SameSite=Lax cookies.
// There is no public sign-up: admins create accounts (lib/admin/users.ts,
// scripts/create-admin.ts).
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
  // A deactivated account cannot open a session by any route, including the raw API.
  databaseHooks: {
    session: {
      create: {
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
          if (!user?.active) throw new APIError('FORBIDDEN', { message: 'This account has been deactivated.' });
        },
      },
    },
  },
  plugins: [nextCookies()],
});

import { z } from 'zod';
import { isValidSlug, withoutControls } from '../text';

// Field rules shared by every form (pieces, experts, topics, accounts, sign-in),
// so the same kind of field is checked the same way with the same words.

export const SLUG_MESSAGE = 'Use lowercase letters, numbers and single hyphens, e.g. "arctic-security-2030".';
export const WEB_ADDRESS_MESSAGE = 'Enter a full address starting with https://, or a path on this site such as /media/…';

/** One line of typed text, trimmed, controls removed, at most `max` characters. */
export const line = (max: number) =>
  z
    .string()
    .transform((v) => withoutControls(v).trim())
    .pipe(z.string().max(max, `Keep this under ${max} characters.`));

/** A web address or a path on this site; blank means none (null). */
export const webAddress = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .refine((v) => v === null || /^https?:\/\/[^\s/]+[^\s]*$/i.test(v) || /^\/(?!\/)[^\s\\]*$/.test(v), WEB_ADDRESS_MESSAGE);

/** A slug as typed: blank (make one from the name) or lowercase words joined by single hyphens. */
export const slugInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, 'Keep the slug under 120 characters.')
  .refine((s) => s === '' || isValidSlug(s), SLUG_MESSAGE);

/** An e-mail address, compared in lower case. */
export const emailAddress = (message = 'Enter a valid e-mail address.') => z.string().trim().toLowerCase().email(message).max(200);

import { z } from 'zod';
import { isValidSlug, slugify, withoutControls } from '../text';
import { BODY_MAX_CHARS, bodyTooLong } from './limits';
import { SLUG_MESSAGE, webAddress } from './fields';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .transform((v) => (v === '' ? null : v));

const idList = z.array(z.string().min(1).max(120)).max(50);

/** What the editor submits for a piece. Field names match the form's inputs. */
export const articleInput = z
  .object({
    title: z.string().trim().min(1, 'Give the piece a title.').max(300, 'Keep the title under 300 characters.'),
    slug: z.string().trim().toLowerCase().max(120, 'Keep the slug under 120 characters.'),
    typeId: z.string().min(1, 'Choose a content type.'),
    dek: z.string().trim().max(800, 'Keep the summary under 800 characters.'),
    body: z.string().max(BODY_MAX_CHARS, bodyTooLong(BODY_MAX_CHARS)),
    pullQuote: optionalText(400),
    authorIds: idList.min(1, 'Add at least one author.'),
    topicIds: idList,
    programIds: idList,
    pinnedIds: idList.max(4, 'Pin at most four related pieces.'),
    outletName: optionalText(120),
    outletUrl: webAddress,
    featuredImageUrl: webAddress,
    featuredImageAlt: optionalText(300),
    pdfUrl: webAddress,
    featured: z.boolean(),
  })
  .transform((v) => ({ ...v, slug: v.slug === '' ? slugify(v.title) : v.slug }))
  .superRefine((v, ctx) => {
    if (!isValidSlug(v.slug)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: SLUG_MESSAGE });
    }
    if (!!v.outletName !== !!v.outletUrl) {
      ctx.addIssue({
        code: 'custom',
        path: [v.outletName ? 'outletUrl' : 'outletName'],
        message: 'Give both the outlet’s name and the address of the original, or neither.',
      });
    }
    if (v.featuredImageUrl && !v.featuredImageAlt) {
      ctx.addIssue({ code: 'custom', path: ['featuredImageAlt'], message: 'Describe the image for readers who cannot see it.' });
    }
    if (new Set(v.authorIds).size !== v.authorIds.length) {
      ctx.addIssue({ code: 'custom', path: ['authorIds'], message: 'An author is listed twice.' });
    }
  });

export type ArticleInput = z.output<typeof articleInput>;
export type FieldErrors = Partial<Record<string, string>>;

/** Reads the editor form. Repeated inputs (authorIds…) keep their order. */
export function articleFormValues(form: FormData) {
  // Control characters pasted with text are dropped here, before anything stores them.
  const MULTILINE = new Set(['body', 'dek', 'pullQuote']);
  const text = (name: string) => withoutControls(String(form.get(name) ?? ''), MULTILINE.has(name));
  const list = (name: string) => form.getAll(name).map(String).filter(Boolean);
  return {
    title: text('title'),
    slug: text('slug'),
    typeId: text('typeId'),
    dek: text('dek'),
    body: text('body'),
    pullQuote: text('pullQuote'),
    authorIds: list('authorIds'),
    topicIds: list('topicIds'),
    programIds: list('programIds'),
    pinnedIds: list('pinnedIds'),
    outletName: text('outletName'),
    outletUrl: text('outletUrl'),
    featuredImageUrl: text('featuredImageUrl'),
    featuredImageAlt: text('featuredImageAlt'),
    pdfUrl: text('pdfUrl'),
    featured: form.get('featured') === 'on',
  };
}

export type ArticleFormValues = ReturnType<typeof articleFormValues>;

export function validateArticle(values: ArticleFormValues): { ok: true; data: ArticleInput } | { ok: false; errors: FieldErrors } {
  const parsed = articleInput.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Go-live time for scheduling: must be a valid time in the future. */
export const scheduleInput = z
  .string()
  .min(1, 'Choose a date and time.')
  .transform((v) => new Date(v))
  .refine((d) => !Number.isNaN(d.getTime()), 'Choose a valid date and time.')
  .refine((d) => d.getTime() > Date.now(), 'Choose a time in the future, or publish now.');

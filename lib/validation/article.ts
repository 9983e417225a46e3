import { z } from 'zod';
import { isValidSlug, slugify, withoutControls } from '../text';
import { BODY_MAX_CHARS, TRANSCRIPT_MAX_CHARS, bodyTooLong } from './limits';
import { SLUG_MESSAGE, webAddress } from './fields';
import { instantAt, wallTimeIn } from '../time-zones';
import { site } from '../site';
import { embedFor } from '../embeds';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .transform((v) => (v === '' ? null : v));

/** A whole number typed into a box (season, episode); blank means none. */
const optionalCount = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d{1,4}$/.test(v) && Number(v) > 0), `Give the ${label} as a whole number from 1, or leave it blank.`)
    .transform((v) => (v === '' ? null : Number(v)));

/** A wall-clock time in the site's zone, for that date's daylight-saving rules; blank means none. */
const optionalWallTime = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '') return null;
    const instant = instantAt(v, site.timeZone);
    if (!instant.ok) {
      ctx.addIssue({ code: 'custom', message: instant.error });
      return z.NEVER;
    }
    return instant.at;
  });

const optionalId = z
  .string()
  .max(120)
  .transform((v) => (v === '' ? null : v));

const idList = z.array(z.string().min(1).max(120)).max(50);

const text = <R extends z.ZodType>(label: string, rule: R, multiline = false) => ({ kind: 'text' as const, label, rule, multiline });
/** A time typed as a wall clock in the site's zone (datetime-local), stored as an instant. */
const when = <R extends z.ZodType>(label: string, rule: R) => ({ kind: 'when' as const, label, rule, multiline: false });
const list = <R extends z.ZodType>(label: string, rule: R) => ({ kind: 'list' as const, label, rule });
const flag = <R extends z.ZodType>(label: string, rule: R) => ({ kind: 'flag' as const, label, rule });

/**
 * Every field of a piece, defined once: the editor's input name, its label,
 * its rule, and whether it spans lines. The form's values, the empty form, the editing
 * form, the stored columns, the revision snapshot and the revision comparison
 * all derive from this list (lib/admin/form-values.ts, lib/admin/articles.ts). A new field is one
 * line here, its column in prisma/models.prisma, and its place in the editor.
 */
export const ARTICLE_FIELDS = {
  title: text('Title', z.string().trim().min(1, 'Give the piece a title.').max(300, 'Keep the title under 300 characters.')),
  slug: text('Address (slug)', z.string().trim().toLowerCase().max(120, 'Keep the slug under 120 characters.')),
  typeId: text('Type', z.string().min(1, 'Choose a content type.')),
  dek: text('Summary (dek)', z.string().trim().max(800, 'Keep the summary under 800 characters.'), true),
  body: text(
    'Body (Markdown)',
    z
      .string()
      .max(BODY_MAX_CHARS, bodyTooLong(BODY_MAX_CHARS))
      .refine((md) => !/!\[\s*\]\(/.test(md), 'Describe every picture in the text for readers who cannot see it: select the picture and fill in its description.'),
    true,
  ),
  pullQuote: text('Pull quote', optionalText(400), true),
  authorIds: list('Authors', idList.min(1, 'Add at least one author.')),
  topicIds: list('Topics and regions', idList),
  programIds: list('Research areas', idList),
  pinnedIds: list('Pinned related pieces', idList.max(4, 'Pin at most four related pieces.')),
  outletName: text('First published in (outlet name)', optionalText(120)),
  outletUrl: text('Address of the original', webAddress),
  featuredImageUrl: text('Featured image address', webAddress),
  featuredImageAlt: text('Featured image description (alt text)', optionalText(300)),
  pdfUrl: text('PDF address (reports)', webAddress),
  seoTitle: text('Headline in search results and shares', optionalText(90)),
  seoDescription: text('Description in search results and shares', optionalText(300), true),
  socialImageUrl: text('Image for shares', webAddress),
  featured: flag('Featured', z.boolean()),
  // A piece with a show is a podcast episode (lib/podcasts).
  showId: text('Podcast show', optionalId),
  audioUrl: text('Episode audio', webAddress),
  season: text('Season', optionalCount('season')),
  episodeNumber: text('Episode number', optionalCount('episode number')),
  explicit: flag('Explicit content', z.boolean()),
  guestIds: list('Guests', idList),
  // A piece with a start is an event (lib/events).
  eventStartsAt: when('Event starts', optionalWallTime),
  eventEndsAt: when('Event ends', optionalWallTime),
  eventVenue: text('Place', optionalText(300)),
  eventOnlineUrl: text('Online link (livestream or webinar)', webAddress),
  registrationOpen: flag('Registration open', z.boolean()),
  registrationCapacity: text('Places', optionalCount('number of places')),
  recordingUrl: text('Recording (video address, or audio from the media library)', webAddress),
  transcript: text('Transcript', z.string().trim().max(TRANSCRIPT_MAX_CHARS, `Keep the transcript under ${TRANSCRIPT_MAX_CHARS.toLocaleString('en-US')} characters.`), true),
};

type Fields = typeof ARTICLE_FIELDS;
export type ArticleFieldName = keyof Fields;
type FormValueOf<F> = F extends { kind: 'text' | 'when' } ? string : F extends { kind: 'list' } ? string[] : boolean;
/** The editor's values, as typed (strings, id lists, the featured box). */
export type ArticleFormValues = { [K in ArticleFieldName]: FormValueOf<Fields[K]> };

export const ARTICLE_FIELD_NAMES = Object.keys(ARTICLE_FIELDS) as ArticleFieldName[];
/** Fields stored as columns of the articles table (the lists are link tables). */
export const ARTICLE_COLUMNS = ARTICLE_FIELD_NAMES.filter((k) => ARTICLE_FIELDS[k].kind !== 'list') as Exclude<ArticleFieldName, 'authorIds' | 'topicIds' | 'programIds' | 'pinnedIds' | 'guestIds'>[];
export type ArticleColumn = (typeof ARTICLE_COLUMNS)[number];

const shape = Object.fromEntries(ARTICLE_FIELD_NAMES.map((k) => [k, ARTICLE_FIELDS[k].rule])) as { [K in ArticleFieldName]: Fields[K]['rule'] };

/** What the editor submits for a piece. Field names match the form's inputs. */
export const articleInput = z
  .object(shape)
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
    if (v.showId && !v.audioUrl) {
      ctx.addIssue({ code: 'custom', path: ['audioUrl'], message: 'An episode needs its audio: choose a file from the media library.' });
    }
    if (v.showId && v.audioUrl && !v.audioUrl.startsWith('/media/')) {
      // The feed's enclosure must state the file's size and type, which only the library knows.
      ctx.addIssue({ code: 'custom', path: ['audioUrl'], message: 'Choose the episode’s audio from the media library (an address starting with /media/).' });
    }
    if (!v.showId && (v.audioUrl || v.season || v.episodeNumber || v.guestIds.length || (v.transcript && !v.eventStartsAt))) {
      ctx.addIssue({ code: 'custom', path: ['showId'], message: 'Choose the podcast show this episode belongs to, or clear the episode’s details.' });
    }
    if (!v.eventStartsAt && (v.eventEndsAt || v.eventVenue || v.eventOnlineUrl || v.registrationOpen || v.registrationCapacity || v.recordingUrl)) {
      ctx.addIssue({ code: 'custom', path: ['eventStartsAt'], message: 'Give the event’s start, or clear its other details.' });
    }
    if (v.eventStartsAt && v.eventEndsAt && v.eventEndsAt <= v.eventStartsAt) {
      ctx.addIssue({ code: 'custom', path: ['eventEndsAt'], message: 'The event must end after it starts.' });
    }
    if (v.recordingUrl && !['video', 'audio'].includes(embedFor(v.recordingUrl)?.kind ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['recordingUrl'], message: 'Give a YouTube or Vimeo address, or audio from the media library.' });
    }
    if (v.eventStartsAt && !v.eventVenue && !v.eventOnlineUrl) {
      ctx.addIssue({ code: 'custom', path: ['eventVenue'], message: 'Say where the event takes place, or give its online link.' });
    }
    if (new Set(v.guestIds).size !== v.guestIds.length) {
      ctx.addIssue({ code: 'custom', path: ['guestIds'], message: 'A guest is listed twice.' });
    }
    if (new Set(v.authorIds).size !== v.authorIds.length) {
      ctx.addIssue({ code: 'custom', path: ['authorIds'], message: 'An author is listed twice.' });
    }
  });

export type ArticleInput = z.output<typeof articleInput>;
export type FieldErrors = Partial<Record<string, string>>;

/** Reads the editor form. Repeated inputs (authorIds…) keep their order. */
export function articleFormValues(form: FormData): ArticleFormValues {
  const out: Record<string, string | string[] | boolean> = {};
  for (const name of ARTICLE_FIELD_NAMES) {
    const field = ARTICLE_FIELDS[name];
    // Control characters pasted with text are dropped here, before anything stores them.
    if (field.kind === 'text' || field.kind === 'when') out[name] = withoutControls(String(form.get(name) ?? ''), field.multiline);
    else if (field.kind === 'list') out[name] = form.getAll(name).map(String).filter(Boolean);
    else out[name] = form.get(name) === 'on';
  }
  return out as ArticleFormValues;
}

/**
 * The editor's values as an autosave sends them: the same fields, checked
 * only for shape and size (work in progress may be incomplete or invalid).
 */
export const autosaveValues = z.object(
  Object.fromEntries(
    ARTICLE_FIELD_NAMES.map((k) => {
      const kind = ARTICLE_FIELDS[k].kind;
      return [k, kind === 'text' || kind === 'when' ? z.string().max(k === 'body' ? BODY_MAX_CHARS : k === 'transcript' ? TRANSCRIPT_MAX_CHARS : 5000) : kind === 'list' ? idList : z.boolean()];
    }),
  ) as unknown as { [K in ArticleFieldName]: z.ZodType<ArticleFormValues[K]> },
);

/** The editor's values for a new piece. */
export function emptyArticleValues(): ArticleFormValues {
  return Object.fromEntries(ARTICLE_FIELD_NAMES.map((k) => [k, ARTICLE_FIELDS[k].kind === 'list' ? [] : ARTICLE_FIELDS[k].kind === 'flag' ? false : ''])) as unknown as ArticleFormValues;
}

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

export type FieldChange = { name: ArticleFieldName; label: string } & ({ kind: 'text'; before: string; after: string } | { kind: 'list' | 'flag'; before: string; after: string });

/** How a stored time reads in comparisons and the editor: the site's wall clock. */
export function wallTimeOf(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  // Already a wall time (the editor's form values): as typed.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return value;
  const at = new Date(value as string | Date);
  return Number.isNaN(at.getTime()) ? String(value) : wallTimeIn(at, site.timeZone);
}

/**
 * What differs between two saved states of a piece, field by field, in the
 * registry's order (the revision comparison). Lists are compared as ordered
 * lists (byline order matters).
 */
export function articleChanges(before: Partial<Record<ArticleFieldName, unknown>>, after: Partial<Record<ArticleFieldName, unknown>>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const name of ARTICLE_FIELD_NAMES) {
    const field = ARTICLE_FIELDS[name];
    const b = before[name];
    const a = after[name];
    if (field.kind === 'when') {
      const bs = wallTimeOf(b);
      const as = wallTimeOf(a);
      if (bs !== as) out.push({ name, label: field.label, kind: 'text', before: bs, after: as });
    } else if (field.kind === 'text') {
      const bs = String(b ?? '');
      const as = String(a ?? '');
      if (bs !== as) out.push({ name, label: field.label, kind: 'text', before: bs, after: as });
    } else if (field.kind === 'list') {
      const bl = (b as string[] | undefined) ?? [];
      const al = (a as string[] | undefined) ?? [];
      if (bl.join('\n') !== al.join('\n')) out.push({ name, label: field.label, kind: 'list', before: bl.join('\n'), after: al.join('\n') });
    } else if (Boolean(b) !== Boolean(a)) {
      out.push({ name, label: field.label, kind: 'flag', before: b ? 'yes' : 'no', after: a ? 'yes' : 'no' });
    }
  }
  return out;
}

/**
 * A stored snapshot (revision, staged changes) as a whole piece: a field
 * added after the snapshot was written takes the value an empty form gives it,
 * so old revisions restore and compare without inventing content.
 */
export function parseSnapshot(json: string): ArticleInput {
  return withEveryField(JSON.parse(json) as Partial<ArticleInput>);
}

/**
 * A piece with every field as an empty form gives it (no title, no authors,
 * not an episode, not an event): the base a piece built in code starts from.
 */
export function emptyArticleInput(): ArticleInput {
  return withEveryField({});
}

function withEveryField(stored: Partial<ArticleInput>): ArticleInput {
  const empty = emptyArticleValues();
  const filled: Record<string, unknown> = { ...stored };
  for (const name of ARTICLE_FIELD_NAMES) {
    if (name in filled) continue;
    const parsed = ARTICLE_FIELDS[name].rule.safeParse(empty[name]);
    filled[name] = parsed.success ? parsed.data : empty[name];
  }
  return filled as ArticleInput;
}

import { z } from 'zod';
import { PODCAST_CATEGORIES } from '../podcasts/categories';
import { emailAddress, line, slugInput, webAddress } from './fields';

/**
 * A podcast show as staff edit it; the form's inputs are these keys
 * (components/admin/ShowForm.tsx), the stored columns the same names.
 */
export const showInput = z
  .object({
    name: line(120).pipe(z.string().min(1, 'Give the show a name.')),
    slug: slugInput,
    description: z.string().trim().max(4000, 'Keep the description under 4000 characters.').min(1, 'Describe the show: podcast apps show this under its name.'),
    imageUrl: webAddress,
    imageAlt: line(300),
    category: z.enum(PODCAST_CATEGORIES, { message: 'Choose a category from the list.' }),
    ownerEmail: emailAddress('Enter the address podcast directories should write to.'),
    explicit: z.enum(['on', '']).transform((v) => v === 'on'),
  })
  .superRefine((v, ctx) => {
    if (v.imageUrl && !v.imageAlt) ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'Describe the artwork for readers who cannot see it.' });
  });

export type ShowInput = z.output<typeof showInput>;
export const SHOW_FIELDS = Object.keys(showInput.shape) as (keyof ShowInput)[];

'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { orRedirect, requireUser } from '../session';
import { slugify } from '../text';
import { line, slugInput, webAddress } from '../validation/fields';
import { failed, refused, type ActionState } from './state';
import { recordAudit } from '../admin/audit';
import { removeExpert, removeTopic, saveExpert, saveTopic, TakenError } from '../admin/people-and-topics';
import { TOPIC_KIND_LABELS } from '../labels';
import type { TopicKind } from '../generated/sqlite/enums';

export type FormState = ActionState<Record<string, string>>;

const expertInput = z
  .object({
    name: line(120).pipe(z.string().min(1, 'Enter the expert’s name.')),
    slug: slugInput,
    sortName: line(120),
    title: line(200),
    bio: z.string().trim().max(20_000, 'Keep this under 20000 characters.'),
    photoUrl: webAddress,
    photoAlt: line(300),
    programId: z.string().max(120),
  })
  .refine((v) => !v.photoUrl || v.photoAlt, { path: ['photoAlt'], message: 'Describe the photo for readers who cannot see it.' });

function values(form: FormData, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(form.get(k) ?? '')]));
}

function familyFirst(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts[parts.length - 1]}, ${parts.slice(0, -1).join(' ')}` : name.trim();
}

export async function saveExpertAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await orRedirect('/admin/experts', () => requireUser('experts:manage'));
  const id = String(form.get('id') ?? '') || null;
  const raw = values(form, ['name', 'slug', 'sortName', 'title', 'bio', 'photoUrl', 'photoAlt', 'programId']);
  const parsed = expertInput.safeParse(raw);
  if (!parsed.success) return refused(parsed.error, raw);
  const v = parsed.data;
  let savedId: string;
  try {
    savedId = await saveExpert(id, {
      name: v.name,
      slug: v.slug || slugify(v.name),
      sortName: v.sortName || familyFirst(v.name),
      title: v.title,
      bio: v.bio,
      photoUrl: v.photoUrl || null,
      photoAlt: v.photoAlt || null,
      programId: v.programId || null,
    });
  } catch (e) {
    if (e instanceof TakenError) return failed(e.message, raw, 'slug');
    throw e;
  }
  await recordAudit(user.id, id ? 'expert-edit' : 'expert-create', `author:${savedId}`, v.name);
  redirect(`/admin/experts/${savedId}?saved=1`);
}

export async function removeExpertAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await orRedirect('/admin/experts', () => requireUser('experts:manage'));
  const id = String(form.get('id') ?? '');
  const mergeInto = String(form.get('mergeInto') ?? '') || null;
  try {
    await removeExpert(id, mergeInto);
  } catch (e) {
    return failed(e instanceof Error ? e.message : 'Could not remove this expert.');
  }
  await recordAudit(user.id, 'expert-delete', `author:${id}`, mergeInto ? `merged into ${mergeInto}` : '');
  redirect('/admin/experts?removed=1');
}

const topicInput = z.object({
  name: line(120).pipe(z.string().min(1, 'Enter a name.')),
  slug: slugInput,
  kind: z.enum(Object.keys(TOPIC_KIND_LABELS) as [TopicKind, ...TopicKind[]], 'Choose topic or region.'),
  description: z.string().trim().max(1000, 'Keep this under 1000 characters.'),
});

export async function saveTopicAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await orRedirect('/admin/topics', () => requireUser('taxonomy:manage'));
  const id = String(form.get('id') ?? '') || null;
  const raw = values(form, ['name', 'slug', 'kind', 'description']);
  const parsed = topicInput.safeParse(raw);
  if (!parsed.success) return refused(parsed.error, raw);
  try {
    await saveTopic(id, { ...parsed.data, slug: parsed.data.slug || slugify(parsed.data.name) });
  } catch (e) {
    if (e instanceof TakenError) return failed(e.message, raw, 'slug');
    throw e;
  }
  await recordAudit(user.id, id ? 'topic-edit' : 'topic-create', id ? `topic:${id}` : '', parsed.data.name);
  redirect('/admin/topics?saved=1');
}

export async function removeTopicAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await orRedirect('/admin/topics', () => requireUser('taxonomy:manage'));
  const id = String(form.get('id') ?? '');
  const mergeInto = String(form.get('mergeInto') ?? '') || null;
  try {
    await removeTopic(id, mergeInto);
  } catch (e) {
    return failed(e instanceof Error ? e.message : 'Could not remove this topic.');
  }
  await recordAudit(user.id, 'topic-delete', `topic:${id}`, mergeInto ? `merged into ${mergeInto}` : '');
  redirect('/admin/topics?removed=1');
}

export type InlineExpertResult = { ok: true; option: { id: string; label: string } } | { ok: false; message: string };

/** "Create expert" from the author picker: a name (and title), without leaving the piece. */
export async function createExpertInline(raw: { name: unknown; title: unknown }): Promise<InlineExpertResult> {
  let userId: string;
  try {
    userId = (await requireUser('experts:manage')).id;
  } catch {
    return { ok: false, message: 'Only editors and admins can add experts. Ask one to add this person.' };
  }
  const parsed = z.object({ name: line(120).pipe(z.string().min(1, 'Enter the expert’s name.')), title: line(200) }).safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the name and title.' };
  const { name, title } = parsed.data;
  try {
    const id = await saveExpert(null, { name, slug: slugify(name), sortName: familyFirst(name), title, bio: '', photoUrl: null, photoAlt: null, programId: null });
    await recordAudit(userId, 'expert-create', `author:${id}`, name);
    return { ok: true, option: { id, label: title ? `${name} (${title})` : name } };
  } catch (e) {
    if (e instanceof TakenError) return { ok: false, message: `An expert at /experts/${slugify(name)} already exists: search for them instead.` };
    throw e;
  }
}

'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { orRedirect, requireUser } from '../session';
import { line } from '../validation/fields';
import { failed, refused, type ActionState } from './state';
import { recordAudit } from '../admin/audit';
import { ProgramInputError, saveProgram } from '../admin/programs';
import { highlightFields } from '../programs/limits';

export type ProgramFormState = ActionState<Record<string, string>>;

const programInput = z.object({
  name: line(120).pipe(z.string().min(1, 'Enter the program’s name.')),
  description: z.string().trim().max(2000, 'Keep this under 2000 characters.'),
  directorId: z.string().max(120),
  ...Object.fromEntries(highlightFields.map((f) => [f, z.string().max(120)])),
});

export async function saveProgramAction(_prev: ProgramFormState, form: FormData): Promise<ProgramFormState> {
  const user = await orRedirect('/admin/programs', () => requireUser('taxonomy:manage'));
  const id = String(form.get('id') ?? '');
  const raw = Object.fromEntries(Object.keys(programInput.shape).map((k) => [k, String(form.get(k) ?? '')]));
  const parsed = programInput.safeParse(raw);
  if (!parsed.success) return refused(parsed.error, raw);
  const v = parsed.data as Record<string, string>;
  try {
    await saveProgram(id, { name: v.name, description: v.description, directorId: v.directorId || null, highlightIds: highlightFields.map((f) => v[f]).filter(Boolean) });
  } catch (e) {
    if (e instanceof ProgramInputError) return failed(e.message, raw, e.field === 'highlightIds' ? highlightFields[0] : e.field);
    throw e;
  }
  await recordAudit(user.id, 'program-edit', `program:${id}`, v.name);
  redirect(`/admin/programs?saved=${encodeURIComponent(id)}`);
}

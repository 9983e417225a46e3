import { NextResponse } from 'next/server';
import { AuthorizationError, requireUser } from '@/lib/session';
import { replaceMedia } from '@/lib/admin/media';
import { recordAudit } from '@/lib/admin/audit';
import { UploadError } from '@/lib/media/upload';
import { isSameOrigin } from '@/lib/same-origin';

// Replaces a library file everywhere it is used (multipart form: id, file). Editors and admins:
// it changes published pages.
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: 'Accepted from this site’s own pages only.' }, { status: 403 });
  let userId: string;
  try {
    userId = (await requireUser('article:publish')).id;
  } catch (e) {
    if (e instanceof AuthorizationError) return NextResponse.json({ error: e.status === 401 ? e.message : 'Only editors and admins can replace a file everywhere.' }, { status: e.status });
    throw e;
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Send the file as a multipart form.' }, { status: 400 });
  }
  const id = String(form.get('id') ?? '');
  const file = form.get('file');
  if (!id || !(file instanceof File)) return NextResponse.json({ error: 'Choose the new file.' }, { status: 400 });
  try {
    const done = await replaceMedia(id, file, userId);
    await recordAudit(userId, 'media-replace', `media:${done.item.id}`, `${done.item.fileName} in ${done.pieces} pieces, ${done.experts} experts`);
    return NextResponse.json(done);
  } catch (e) {
    if (e instanceof UploadError) return NextResponse.json({ error: e.message }, { status: 422 });
    throw e;
  }
}

import { NextResponse } from 'next/server';
import { AuthorizationError, requireUser } from '@/lib/session';
import { storeUpload, UploadError } from '@/lib/media/upload';
import { isSameOrigin } from '@/lib/same-origin';

// Staff uploads (multipart form: file, kind=image|pdf). Returns the public address.
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: 'Uploads are accepted from this site’s own pages only.' }, { status: 403 });
  let userId: string;
  try {
    userId = (await requireUser('article:create')).id;
  } catch (e) {
    if (e instanceof AuthorizationError) return NextResponse.json({ error: e.message }, { status: e.status });
    throw e;
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Send the file as a multipart form.' }, { status: 400 });
  }
  const file = form.get('file');
  const asked = form.get('kind');
  const kind = asked === 'pdf' || asked === 'audio' ? asked : 'image';
  if (!(file instanceof File)) return NextResponse.json({ error: 'Choose a file to upload.' }, { status: 400 });
  try {
    return NextResponse.json(await storeUpload(file, kind, userId), { status: 201 });
  } catch (e) {
    if (e instanceof UploadError) return NextResponse.json({ error: e.message }, { status: 422 });
    throw e;
  }
}

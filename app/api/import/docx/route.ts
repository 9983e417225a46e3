import { NextResponse } from 'next/server';
import { AuthorizationError, requireUser } from '@/lib/session';
import { importDocx, ImportError } from '@/lib/editor/import-docx';
import { isSameOrigin } from '@/lib/same-origin';

// Staff import of a Word file (multipart form: file). Answers the Markdown,
// the title and the pictures it stored; the editor puts them into the piece.
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: 'Imports are accepted from this site’s own pages only.' }, { status: 403 });
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
  if (!(file instanceof File)) return NextResponse.json({ error: 'Choose a Word document to import.' }, { status: 400 });
  try {
    return NextResponse.json(await importDocx(Buffer.from(await file.arrayBuffer()), file.name, userId));
  } catch (e) {
    if (e instanceof ImportError) return NextResponse.json({ error: e.message }, { status: 422 });
    throw e;
  }
}

import { NextResponse } from 'next/server';
import { importDocx, ImportError } from '@/lib/editor/import-docx';
import { readStaffForm } from '@/lib/staff-form';

// Staff import of a Word file (multipart form: file). Answers the Markdown,
// the title and the pictures it stored; the editor puts them into the piece.
export async function POST(request: Request) {
  const staff = await readStaffForm(request, 'article:create', { crossSite: 'Imports are accepted from this site’s own pages only.' });
  if (staff instanceof NextResponse) return staff;
  const file = staff.form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'Choose a Word document to import.' }, { status: 400 });
  try {
    return NextResponse.json(await importDocx(Buffer.from(await file.arrayBuffer()), file.name, staff.userId));
  } catch (e) {
    if (e instanceof ImportError) return NextResponse.json({ error: e.message }, { status: 422 });
    throw e;
  }
}

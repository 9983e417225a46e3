import { NextResponse } from 'next/server';
import { storeUpload, UploadError } from '@/lib/media/upload';
import { readStaffForm } from '@/lib/staff-form';

// Staff uploads (multipart form: file, kind=image|pdf|audio). Returns the public address.
export async function POST(request: Request) {
  const staff = await readStaffForm(request, 'article:create', { crossSite: 'Uploads are accepted from this site’s own pages only.' });
  if (staff instanceof NextResponse) return staff;
  const file = staff.form.get('file');
  const asked = staff.form.get('kind');
  const kind = asked === 'pdf' || asked === 'audio' ? asked : 'image';
  if (!(file instanceof File)) return NextResponse.json({ error: 'Choose a file to upload.' }, { status: 400 });
  try {
    return NextResponse.json(await storeUpload(file, kind, staff.userId), { status: 201 });
  } catch (e) {
    if (e instanceof UploadError) return NextResponse.json({ error: e.message }, { status: 422 });
    throw e;
  }
}

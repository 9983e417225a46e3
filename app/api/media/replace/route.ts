import { NextResponse } from 'next/server';
import { replaceMedia } from '@/lib/admin/media';
import { recordAudit } from '@/lib/admin/audit';
import { UploadError } from '@/lib/media/upload';
import { readStaffForm } from '@/lib/staff-form';

// Replaces a library file everywhere it is used (multipart form: id, file). Editors and admins:
// it changes published pages.
export async function POST(request: Request) {
  const staff = await readStaffForm(request, 'article:publish', {
    crossSite: 'Accepted from this site’s own pages only.',
    forbidden: 'Only editors and admins can replace a file everywhere.',
  });
  if (staff instanceof NextResponse) return staff;
  const id = String(staff.form.get('id') ?? '');
  const file = staff.form.get('file');
  if (!id || !(file instanceof File)) return NextResponse.json({ error: 'Choose the new file.' }, { status: 400 });
  try {
    const done = await replaceMedia(id, file, staff.userId);
    await recordAudit(staff.userId, 'media-replace', `media:${done.item.id}`, `${done.item.fileName} in ${done.pieces} pieces, ${done.experts} experts`);
    return NextResponse.json(done);
  } catch (e) {
    if (e instanceof UploadError) return NextResponse.json({ error: e.message }, { status: 422 });
    throw e;
  }
}

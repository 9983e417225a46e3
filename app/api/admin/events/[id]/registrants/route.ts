import { NextResponse } from 'next/server';
import { AuthorizationError, requireUser } from '@/lib/session';
import { listRegistrants, registrantsCsv } from '@/lib/events/registrations';
import { articleAccess } from '@/lib/admin/articles';

// An event's registrants as CSV, for editors and admins (personal data: not for contributors).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireUser('article:publish');
  } catch (e) {
    if (e instanceof AuthorizationError) return NextResponse.json({ error: e.message }, { status: e.status });
    throw e;
  }
  const { id } = await params;
  const piece = await articleAccess(id);
  if (!piece) return NextResponse.json({ error: 'No such piece.' }, { status: 404 });
  return new Response(registrantsCsv(await listRegistrants(id)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${piece.slug}-registrants.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

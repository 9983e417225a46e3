import { NextResponse } from 'next/server';
import { AuthorizationError, requireUser } from '@/lib/session';
import { authorOptionsByIds, searchAuthorOptions } from '@/lib/admin/options';

// The editor's author picker: experts matching ?q=, or the names of ?ids=a,b.
export async function GET(request: Request) {
  try {
    await requireUser('admin:enter');
  } catch (e) {
    if (e instanceof AuthorizationError) return NextResponse.json({ error: e.message }, { status: e.status });
    throw e;
  }
  const params = new URL(request.url).searchParams;
  const ids = params.get('ids');
  const options = ids ? await authorOptionsByIds(ids.split(',').filter(Boolean).slice(0, 50)) : await searchAuthorOptions(params.get('q') ?? '');
  return NextResponse.json(options, { headers: { 'Cache-Control': 'private, no-store' } });
}

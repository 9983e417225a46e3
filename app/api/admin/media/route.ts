import { NextResponse } from 'next/server';
import { AuthorizationError, requireUser } from '@/lib/session';
import { listMedia } from '@/lib/admin/media';

// The editor's library picker: the newest twelve pictures, or those matching ?q=.
export async function GET(request: Request) {
  try {
    await requireUser('article:create');
  } catch (e) {
    if (e instanceof AuthorizationError) return NextResponse.json({ error: e.message }, { status: e.status });
    throw e;
  }
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const { items } = await listMedia({ q, kind: 'image', page: 1 }, 12);
  return NextResponse.json(items, { headers: { 'Cache-Control': 'private, no-store' } });
}

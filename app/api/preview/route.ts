import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { articleAccess } from '@/lib/admin/articles';
import { getCurrentUser } from '@/lib/session';
import { canPreviewArticle } from '@/lib/permissions';
import { fitPreviewCookie } from '@/lib/preview-cookie';

// Staff preview: turns on Next's draft mode (a cookie that bypasses the page
// cache for this browser only) and opens the piece at its public address.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Sign in to preview.' }, { status: 401 });
  const id = new URL(request.url).searchParams.get('id') ?? '';
  const article = id ? await articleAccess(id) : null;
  if (!article) return NextResponse.json({ error: 'No such piece.' }, { status: 404 });
  if (!canPreviewArticle(user, article)) {
    return NextResponse.json({ error: 'Your role does not allow previewing this piece.' }, { status: 403 });
  }
  (await draftMode()).enable();
  await fitPreviewCookie(request, true);
  // Relative: the browser stays on the host it used (and keeps the draft cookie), whatever this server thinks its address is.
  return new Response(null, { status: 303, headers: { Location: `/publications/${article.slug}` } });
}

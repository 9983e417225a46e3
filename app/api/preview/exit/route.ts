import { draftMode } from 'next/headers';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { fitPreviewCookie } from '@/lib/preview-cookie';

export async function POST(request: Request) {
  (await draftMode()).disable();
  await fitPreviewCookie(request, false);
  const back = safeRedirectPath(new URL(request.url).searchParams.get('to'), '/');
  // Relative: the browser stays on the host it used, whatever this server thinks its address is.
  return new Response(null, { status: 303, headers: { Location: back } });
}

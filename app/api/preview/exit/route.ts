import { draftMode } from 'next/headers';
import { safeRedirectPath } from '@/lib/safe-redirect';

export async function POST(request: Request) {
  (await draftMode()).disable();
  const back = safeRedirectPath(new URL(request.url).searchParams.get('to'), '/');
  // Relative: the browser stays on the host it used, whatever this server thinks its address is.
  return new Response(null, { status: 303, headers: { Location: back } });
}

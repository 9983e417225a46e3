import 'server-only';
import { NextResponse } from 'next/server';
import { AuthorizationError, requireUser } from './session';
import type { Permission } from './permissions';
import { isSameOrigin } from './same-origin';

/**
 * The opening every staff file route shares: from this site's own pages,
 * signed in with the right, and a readable multipart form. Answers the
 * refusal as JSON, or the person and the form.
 */
export async function readStaffForm(
  request: Request,
  permission: Permission,
  messages: { crossSite: string; forbidden?: string },
): Promise<{ userId: string; form: FormData } | NextResponse> {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: messages.crossSite }, { status: 403 });
  let userId: string;
  try {
    userId = (await requireUser(permission)).id;
  } catch (e) {
    if (!(e instanceof AuthorizationError)) throw e;
    return NextResponse.json({ error: e.status === 403 && messages.forbidden ? messages.forbidden : e.message }, { status: e.status });
  }
  try {
    return { userId, form: await request.formData() };
  } catch {
    return NextResponse.json({ error: 'Send the file as a multipart form.' }, { status: 400 });
  }
}

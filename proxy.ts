import { NextResponse, type NextRequest } from 'next/server';

// A path with a broken percent-escape (`/publications/%ZZ`, overlong UTF-8
// such as `%C0%AE`) cannot be decoded into route parameters; Next answers
// those with a bare 500. They are the client's mistake: answer 400 here,
// before routing. The matcher sends only paths holding a `%` this way, so
// ordinary requests never pay for the check.
export function proxy(request: NextRequest) {
  const raw = request.nextUrl.pathname;
  try {
    for (const segment of raw.split('/')) decodeURIComponent(segment);
  } catch {
    return new NextResponse('Bad request: this address has a broken percent-escape.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: '/:path(.*%.*)' };

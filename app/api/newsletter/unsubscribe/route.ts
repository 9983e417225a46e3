import { unsubscribe } from '@/lib/newsletter';

// One-click unsubscribe (RFC 8058): a mail program's "Unsubscribe" button
// POSTs here, from its own servers, with the digest's List-Unsubscribe URL.
// The signed token is the authority, so no cookie or same-site check applies.
// A GET (someone opened the URL) goes to the manage page, which asks first.

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function POST(request: Request) {
  const t = new URL(request.url).searchParams.get('t') ?? '';
  if (!t) return text('Missing token: this address needs the t= parameter from the e-mail.\n', 400);
  // Unknown or already used: the reader is not subscribed either way, which is what they asked.
  await unsubscribe(t.slice(0, 4000));
  return text('You are unsubscribed, and your address is deleted.\n', 200);
}

export async function GET(request: Request) {
  const t = new URL(request.url).searchParams.get('t') ?? '';
  return new Response(null, { status: 303, headers: { Location: `/newsletter/manage?t=${encodeURIComponent(t)}`, 'Cache-Control': 'no-store' } });
}

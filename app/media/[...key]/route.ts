import { readMedia } from '@/lib/media/upload';

// Uploaded files. Keys are random and never reused, so browsers and CDNs may keep them forever.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const found = key.length === 1 ? await readMedia(key[0]) : null;
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(found.bytes), {
    headers: {
      'Content-Type': found.contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      ...(found.contentType === 'application/pdf' ? { 'Content-Disposition': 'inline' } : {}),
    },
  });
}

import { readMedia } from '@/lib/media/upload';
import { byteRange } from '@/lib/media/range';

// Uploaded files. Keys are random and never reused, so browsers and CDNs may keep them forever.
// Audio players ask for byte ranges to seek: one range is answered with 206.
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const found = key.length === 1 ? await readMedia(key[0]) : null;
  if (!found) return new Response('Not found', { status: 404 });
  const headers: Record<string, string> = {
    'Content-Type': found.contentType,
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    ...(found.contentType === 'application/pdf' ? { 'Content-Disposition': 'inline' } : {}),
  };
  const size = found.bytes.length;
  const range = byteRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  if (range) {
    return new Response(new Uint8Array(found.bytes.subarray(range.start, range.end + 1)), {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) },
    });
  }
  return new Response(new Uint8Array(found.bytes), { headers: { ...headers, 'Content-Length': String(size) } });
}

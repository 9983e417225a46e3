import 'server-only';

// The fronts (deploy/varnish) file every public page under the cache tags it
// was built from (the `xkey` response header). After a write the app asks each
// of them to drop exactly the pages carrying the affected tags:
//
//   FRONT_PURGE_URLS    comma-separated, e.g. http://127.0.0.1:6081/,http://10.0.0.7:6081/
//   FRONT_PURGE_SECRET  sent as X-Purge-Secret; the front refuses a purge without it
//                       (and from addresses outside its allow-list)
//
// A front that cannot be reached is logged and skipped: its pages then live
// until their TTL, which is why the VCL keeps the TTL bounded.
const fronts = (process.env.FRONT_PURGE_URLS ?? '')
  .split(',')
  .map((u) => u.trim())
  .filter(Boolean);

/** xkey purges take space-separated keys; a request line stays well under proxy header limits. */
const KEYS_PER_REQUEST = 200;

export function frontsConfigured(): boolean {
  return fronts.length > 0;
}

export async function purgeFronts(tags: string[]): Promise<void> {
  if (!fronts.length || !tags.length) return;
  const batches: string[][] = [];
  for (let i = 0; i < tags.length; i += KEYS_PER_REQUEST) batches.push(tags.slice(i, i + KEYS_PER_REQUEST));
  await Promise.all(
    fronts.flatMap((url) =>
      batches.map(async (keys) => {
        try {
          const res = await fetch(url, {
            method: 'PURGE',
            headers: { 'xkey-purge': keys.join(' '), 'x-purge-secret': process.env.FRONT_PURGE_SECRET ?? '' },
            signal: AbortSignal.timeout(2000),
          });
          if (!res.ok) console.warn(`[front] purge at ${url} answered ${res.status}`);
        } catch (e) {
          console.warn(`[front] purge at ${url} failed: ${(e as Error).message}`);
        }
      }),
    ),
  );
}

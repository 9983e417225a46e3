// Embeds without raw HTML: a web address alone on its line becomes a player
// or chart when it is on this allow-list. Everything about the embed's markup
// is ours (lib/markdown.ts draws it); the author only gives the address.
// Nothing loads from a third party until the reader presses play: the frame
// first holds a local page with one link, and that link opens the player.

export type EmbedKind = 'video' | 'chart' | 'audio' | 'pdf';

export type Embed = {
  kind: EmbedKind;
  /** Who serves it, as readers know them. */
  provider: string;
  /** The address the author gave (kept in the text, shown as the fallback link). */
  url: string;
  /** What the frame or player loads once the reader asks for it. */
  src: string;
};

const AUDIO = /\.(mp3|m4a|ogg|oga|wav)$/i;

/** The embed an address stands for, or null when it is not one we embed. */
export function embedFor(address: string): Embed | null {
  const url = address.trim();
  // Our own library: audio gets a player, PDFs a reading link.
  const own = url.match(/^\/media\/[\w.-]+$/);
  if (own) {
    if (AUDIO.test(url)) return { kind: 'audio', provider: 'our library', url, src: url };
    if (/\.pdf$/i.test(url)) return { kind: 'pdf', provider: 'our library', url, src: url };
    return null;
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.replace(/^www\./, '').replace(/^m\./, '');
  const segments = u.pathname.split('/').filter(Boolean);

  if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'youtu.be') {
    const id = host === 'youtu.be' ? segments[0] : segments[0] === 'watch' ? u.searchParams.get('v') : ['embed', 'shorts', 'live'].includes(segments[0]) ? segments[1] : null;
    if (!id || !/^[\w-]{11}$/.test(id)) return null;
    const start = Number.parseInt(u.searchParams.get('t') ?? u.searchParams.get('start') ?? '', 10);
    return { kind: 'video', provider: 'YouTube', url, src: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start > 0 ? `&start=${start}` : ''}` };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = segments.find((s) => /^\d{5,12}$/.test(s));
    if (!id) return null;
    return { kind: 'video', provider: 'Vimeo', url, src: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1` };
  }
  if (host === 'datawrapper.dwcdn.net') {
    const [id, version] = segments;
    if (!id || !/^[A-Za-z0-9]{5}$/.test(id) || (version && !/^\d+$/.test(version))) return null;
    return { kind: 'chart', provider: 'Datawrapper', url, src: `https://datawrapper.dwcdn.net/${id}/${version ?? ''}` };
  }
  if (host === 'public.flourish.studio' || host === 'flo.uri.sh') {
    const [type, id] = segments;
    if (!['visualisation', 'story'].includes(type) || !/^\d{3,12}$/.test(id ?? '')) return null;
    return { kind: 'chart', provider: 'Flourish', url, src: `https://flo.uri.sh/${type}/${id}/embed` };
  }
  return null;
}

/** The local page a frame holds until the reader asks for the player (no third-party request before). */
export function facadeDocument(embed: Embed): string {
  const action = embed.kind === 'video' ? 'Play the video' : 'Show the chart';
  const from = new URL(embed.src).hostname;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><style>html,body{margin:0;height:100%}a{display:flex;flex-direction:column;align-items:center;justify-content:center;height:100%;box-sizing:border-box;padding:1rem;background:#0b3a66;color:#fff;font:600 1.15rem/1.4 system-ui,sans-serif;text-align:center;text-decoration:none}a:focus-visible{outline:4px solid #ffbf47;outline-offset:-8px}span{font-weight:400;font-size:.9rem;margin-top:.5rem}</style><a href="${esc(embed.src)}">&#9654; ${action}<span>Loads from ${embed.provider} (${esc(from)}) when you press it</span></a>`;
}

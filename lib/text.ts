// Small text rules of the domain: slugs and excerpts.

/** "The Resilience of Sino-Russian High-Tech Cooperation" -> "the-resilience-of-sino-russian-high-tech-cooperation" */
export function slugify(input: string, maxLength = 80): string {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // A word that ends exactly at the limit is kept whole.
  if (slug[maxLength] === '-') return slug.slice(0, maxLength);
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 120 && SLUG_PATTERN.test(slug);
}

/**
 * A one-line excerpt: whole words up to `maxLength` characters, then "...".
 * Never cuts inside a word and never leaves trailing punctuation before the ellipsis.
 */
export function excerpt(text: string, maxLength = 160): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= maxLength) return plain;
  const room = plain.slice(0, maxLength + 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = (lastSpace > maxLength * 0.6 ? room.slice(0, lastSpace) : plain.slice(0, maxLength)).replace(
    /[\s,;:.!?—–-]+$/u,
    '',
  );
  return `${cut}...`;
}

/** Markdown to a plain-text summary for excerpts and meta descriptions. */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Characters XML 1.0 cannot carry at all (C0 controls other than tab and line
// breaks, lone surrogates, U+FFFE/U+FFFF): one of them in a title makes a
// whole feed unreadable, so every XML output passes its text through here.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe to place in an XML document (escaping still applies). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

// Control characters have no business in what staff type; a line break is
// kept only where the field is several lines long.
const CONTROLS_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/g;
const CONTROLS_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Removes control characters from typed text (keeps line breaks and tabs when `multiline`). */
export function withoutControls(text: string, multiline = false): string {
  return text.replace(multiline ? CONTROLS_MULTI_LINE : CONTROLS_SINGLE_LINE, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text made safe to place where HTML (or XML) is expected: feed summaries, sitemaps. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

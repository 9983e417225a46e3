// What Apple Podcasts, Spotify and Podcasting 2.0 apps require of a feed,
// checked the way a directory does when a show is submitted: the XML is
// well formed, the channel carries every required tag, and every episode's
// enclosure, artwork and transcript answer at their addresses with the size
// and type the feed states. No validator of theirs runs offline, so these are
// their published requirements, written down.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { APIRequestContext } from '@playwright/test';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'podcast:person', 'itunes:category'].includes(name) });

type Node = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as Node)['#text'] ?? '') : String(v ?? '')).trim();

const APPLE_CATEGORIES = ['Arts', 'Business', 'Comedy', 'Education', 'Fiction', 'Government', 'History', 'Health & Fitness', 'Kids & Family', 'Leisure', 'Music', 'News', 'Religion & Spirituality', 'Science', 'Society & Culture', 'Sports', 'Technology', 'True Crime', 'TV & Film'];
const AUDIO_TYPES = ['audio/mpeg', 'audio/x-m4a', 'audio/mp4', 'video/mp4', 'video/quicktime'];

export type FeedReport = { problems: string[]; channel: Node; items: Node[] };

export async function checkPodcastFeed(xmlText: string, request: APIRequestContext): Promise<FeedReport> {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xmlText);
  if (valid !== true) return { problems: [`not well-formed XML: ${JSON.stringify(valid)}`], channel: {}, items: [] };
  const doc = parser.parse(xmlText) as Node;
  const rss = doc.rss as Node;
  if (rss['@version'] !== '2.0') problems.push('rss version is not 2.0');
  if (rss['@xmlns:itunes'] !== 'http://www.itunes.com/dtds/podcast-1.0.dtd') problems.push('the itunes namespace is missing or wrong');
  if (rss['@xmlns:podcast'] !== 'https://podcastindex.org/namespace/1.0') problems.push('the podcast namespace is missing or wrong');
  const channel = rss.channel as Node;
  for (const tag of ['title', 'description', 'link', 'language', 'itunes:author']) if (!text(channel[tag])) problems.push(`channel has no ${tag}`);
  if (!['true', 'false'].includes(text(channel['itunes:explicit']))) problems.push('channel itunes:explicit is not true or false');
  const owner = channel['itunes:owner'] as Node | undefined;
  if (!owner || !/^[^@\s]+@[^@\s]+$/.test(text(owner['itunes:email']))) problems.push('channel itunes:owner has no e-mail');
  const categories = (channel['itunes:category'] as Node[] | undefined) ?? [];
  if (!categories.length || !categories.every((c) => APPLE_CATEGORIES.includes(String(c['@text'])))) problems.push('channel itunes:category missing or not an Apple category');
  if (!/^[0-9a-f-]{36}$/.test(text(channel['podcast:guid']))) problems.push('channel podcast:guid is not a UUID');
  if (!['yes', 'no'].includes(text(channel['podcast:locked']))) problems.push('channel podcast:locked is not yes or no');
  const self = channel['atom:link'] as Node | undefined;
  if (!self || self['@rel'] !== 'self') problems.push('channel has no atom:link rel="self"');

  // Artwork: a JPEG or PNG, square, 1400 to 3000 pixels.
  const image = String((channel['itunes:image'] as Node | undefined)?.['@href'] ?? '');
  if (!image) problems.push('channel has no itunes:image');
  else {
    const res = await request.get(image);
    const type = res.headers()['content-type'] ?? '';
    if (!res.ok() || !/^image\/(jpeg|png)$/.test(type)) problems.push(`artwork ${image} answers ${res.status()} ${type}`);
    else {
      const sharp = (await import('sharp')).default;
      const { width, height } = await sharp(await res.body()).metadata();
      if (width !== height || !width || width < 1400 || width > 3000) problems.push(`artwork is ${width}×${height}, not a square of 1400–3000 pixels`);
    }
  }

  const items = (channel.item as Node[] | undefined) ?? [];
  const guids = new Set<string>();
  for (const item of items) {
    const title = text(item.title);
    const where = `item "${title}"`;
    if (!title) problems.push('an item has no title');
    const guid = text(item.guid);
    if (!guid) problems.push(`${where} has no guid`);
    if (guids.has(guid)) problems.push(`${where} repeats guid ${guid}`);
    guids.add(guid);
    if (Number.isNaN(Date.parse(text(item.pubDate))) || !/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/.test(text(item.pubDate))) problems.push(`${where} pubDate is not RFC 2822`);
    if (!['true', 'false'].includes(text(item['itunes:explicit']))) problems.push(`${where} itunes:explicit is not true or false`);
    if (!/^(\d+|\d{1,2}:\d{2}(:\d{2})?)$/.test(text(item['itunes:duration']))) problems.push(`${where} itunes:duration is missing or malformed`);
    const enclosure = item.enclosure as Node | undefined;
    if (!enclosure) {
      problems.push(`${where} has no enclosure`);
      continue;
    }
    const url = String(enclosure['@url']);
    const length = Number(enclosure['@length']);
    const type = String(enclosure['@type']);
    if (!AUDIO_TYPES.includes(type)) problems.push(`${where} enclosure type ${type} is not one the directories play`);
    const head = await request.head(url);
    if (!head.ok()) problems.push(`${where} enclosure HEAD answers ${head.status()}`);
    const whole = await request.get(url);
    if ((await whole.body()).length !== length) problems.push(`${where} enclosure length ${length} is not the file's ${(await whole.body()).length} bytes`);
    if (whole.headers()['content-type'] !== type) problems.push(`${where} enclosure is served as ${whole.headers()['content-type']}, the feed says ${type}`);
    // Apple refuses hosts that cannot answer byte ranges (players seek with them).
    const part = await request.get(url, { headers: { Range: 'bytes=0-1' } });
    if (part.status() !== 206 || part.headers()['content-range'] !== `bytes 0-1/${length}`) problems.push(`${where} enclosure does not answer byte ranges (${part.status()})`);
    const transcript = item['podcast:transcript'] as Node | undefined;
    if (transcript) {
      const res = await request.get(String(transcript['@url']));
      if (!res.ok() || !(res.headers()['content-type'] ?? '').startsWith(String(transcript['@type']))) problems.push(`${where} transcript answers ${res.status()} ${res.headers()['content-type']}`);
    }
  }
  return { problems, channel, items };
}

import 'server-only';
// Staff side of podcasts: the shows (name, artwork, category, owner) and the
// checks an episode's references must pass before a piece is saved.
import { v5 as uuidv5 } from 'uuid';
import { db } from '../db';
import { tags } from '../cache-tags';
import { site } from '../site';
import { slugify } from '../text';
import { writeChange } from '../publishing/write-step';
import { mediaKeyOf } from '../podcasts';
import { podcastFeedPath } from '../podcasts/feed';
import { recordAudit } from './audit';
import type { ShowInput } from '../validation/podcast';
import { emptyArticleInput, type ArticleInput, type FieldErrors } from '../validation/article';

/** The Podcasting 2.0 namespace for podcast:guid (UUIDv5 of the feed address without its scheme). */
const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

/** What the podcast directories accept as artwork. */
export const ARTWORK_MIN = 1400;
export const ARTWORK_MAX = 3000;

export class ShowInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export type ShowForAdmin = {
  id: string;
  slug: string;
  name: string;
  description: string;
  imageUrl: string | null;
  imageAlt: string | null;
  category: string;
  ownerEmail: string;
  explicit: boolean;
  episodes: number;
};

export async function listShowsForAdmin(): Promise<ShowForAdmin[]> {
  const rows = await db.podcastShow.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, slug: true, name: true, description: true, imageUrl: true, imageAlt: true, category: true, ownerEmail: true, explicit: true, _count: { select: { episodes: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, episodes: _count.episodes }));
}

async function checkArtwork(url: string | null): Promise<void> {
  if (!url) return;
  const key = mediaKeyOf(url);
  const media = key ? await db.media.findUnique({ where: { key }, select: { kind: true, width: true, height: true } }) : null;
  if (!media || media.kind !== 'image') throw new ShowInputError('Choose the artwork from the media library (an address starting with /media/).', 'imageUrl');
  const { width, height } = media;
  if (!width || !height || width !== height || width < ARTWORK_MIN || width > ARTWORK_MAX) {
    throw new ShowInputError(`Podcast directories need square artwork from ${ARTWORK_MIN} to ${ARTWORK_MAX} pixels a side; this picture is ${width ?? '?'}×${height ?? '?'}.`, 'imageUrl');
  }
}

/**
 * Creates (no id) or updates a show. Renaming it, changing its address or its
 * artwork changes every episode page, so those expire all article reads; other
 * edits expire the show's page, feed and the podcasts index.
 */
export async function saveShow(userId: string, id: string | null, input: ShowInput): Promise<{ id: string; slug: string }> {
  const slug = input.slug || slugify(input.name);
  await checkArtwork(input.imageUrl);
  const before = id ? await db.podcastShow.findUnique({ where: { id }, select: { slug: true, name: true, imageUrl: true, imageAlt: true } }) : null;
  if (id && !before) throw new ShowInputError('This show no longer exists.', 'name');
  const taken = await db.podcastShow.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== id) throw new ShowInputError(`The address "${slug}" is already used by another show.`, 'slug');
  const data = {
    slug,
    name: input.name,
    description: input.description,
    imageUrl: input.imageUrl,
    imageAlt: input.imageAlt || null,
    category: input.category,
    ownerEmail: input.ownerEmail,
    explicit: input.explicit,
  };
  return writeChange(async (tx) => {
    const saved = id
      ? await tx.podcastShow.update({ where: { id }, data, select: { id: true, slug: true } })
      : await tx.podcastShow.create({
          // Fixed now, from the feed's first address: apps keep knowing the show if the site moves.
          data: { ...data, guid: uuidv5(`${site.url}${podcastFeedPath(slug)}`.replace(/^https?:\/\//, ''), PODCAST_GUID_NAMESPACE) },
          select: { id: true, slug: true },
        });
    await recordAudit(userId, id ? 'show-edit' : 'show-create', `show:${saved.id}`, input.name, tx);
    const seenOnEpisodes = !before || before.name !== input.name || before.slug !== slug || before.imageUrl !== input.imageUrl || before.imageAlt !== data.imageAlt;
    return {
      value: saved,
      tags: [tags.podcasts, tags.podcast(slug), ...(before ? [tags.podcast(before.slug)] : []), ...(before && seenOnEpisodes ? [tags.articles] : [])],
    };
  });
}

/** Removes a show with no episodes; one with episodes is refused (its feed's subscribers would lose them). */
export async function deleteShow(userId: string, id: string): Promise<void> {
  const show = await db.podcastShow.findUnique({ where: { id }, select: { slug: true, name: true, _count: { select: { episodes: true } } } });
  if (!show) return;
  if (show._count.episodes) throw new ShowInputError(`${show.name} has ${show._count.episodes} ${show._count.episodes === 1 ? 'episode' : 'episodes'}: move them to another show or make them ordinary pieces first.`, 'id');
  await writeChange(async (tx) => {
    await tx.podcastShow.delete({ where: { id } });
    await recordAudit(userId, 'show-delete', `show:${id}`, show.name, tx);
    return { value: undefined, tags: [tags.podcasts, tags.podcast(show.slug)] };
  });
}

/**
 * What the database must confirm about an episode before it is saved: its
 * show exists, its audio is a sound file of the library, its guests are
 * experts. Field by field, in the editor's words.
 */
export async function episodeProblems(input: Pick<ArticleInput, 'showId' | 'audioUrl' | 'guestIds'>): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (!input.showId) return errors;
  const key = mediaKeyOf(input.audioUrl);
  const [show, media, guests] = await Promise.all([
    db.podcastShow.findUnique({ where: { id: input.showId }, select: { id: true } }),
    key ? db.media.findUnique({ where: { key }, select: { kind: true } }) : null,
    input.guestIds.length ? db.author.count({ where: { id: { in: input.guestIds } } }) : 0,
  ]);
  if (!show) errors.showId = 'That show no longer exists: choose another.';
  if (input.audioUrl && (!media || media.kind !== 'audio')) errors.audioUrl = 'That address is not a sound file in the media library: upload the audio or copy its address from the library.';
  if (guests !== new Set(input.guestIds).size) errors.guestIds = 'A guest is no longer among the experts: remove them and add them again.';
  return errors;
}

/**
 * An event's audio recording as a new draft episode of `showId`, in one step:
 * the event's title, summary, notes, speakers (as the byline), topics and
 * programs, its audio and transcript, and a pin back to the event. The
 * draft then goes through the usual review and publishing.
 */
export async function episodeFromRecording(userId: string, eventId: string, showId: string): Promise<{ id: string }> {
  const { getArticleForEdit, createArticle } = await import('./articles');
  const event = await getArticleForEdit(eventId);
  if (!event || !event.eventStartsAt) throw new ShowInputError('This piece is not an event.', 'eventId');
  const key = mediaKeyOf(event.recordingUrl);
  const media = key ? await db.media.findUnique({ where: { key }, select: { kind: true } }) : null;
  if (media?.kind !== 'audio') throw new ShowInputError('The event’s recording is not audio from the media library.', 'recordingUrl');
  if (!(await db.podcastShow.findUnique({ where: { id: showId }, select: { id: true } }))) throw new ShowInputError('Choose a show.', 'showId');
  const podcastType = await db.contentType.findUnique({ where: { slug: 'podcast' }, select: { id: true } });
  let slug = `${event.slug}-recording`.slice(0, 120);
  for (let n = 2; await db.article.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${event.slug.slice(0, 100)}-recording-${n}`;
  return createArticle(
    {
      ...emptyArticleInput(),
      title: event.title,
      slug,
      typeId: podcastType?.id ?? event.typeId,
      dek: event.dek,
      body: event.body,
      authorIds: event.authorIds,
      topicIds: event.topicIds,
      programIds: event.programIds,
      pinnedIds: [event.id],
      featuredImageUrl: event.featuredImageUrl,
      featuredImageAlt: event.featuredImageAlt,
      showId,
      audioUrl: event.recordingUrl,
      transcript: event.transcript,
    },
    userId,
  );
}

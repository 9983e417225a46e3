// Pure helpers for episode pages and feeds (kept free of the database, for tests and clients).

/** "12 min", "1 h 5 min": an episode's length as cards and the player say it. */
export function formatDuration(seconds: number | null): string | null {
  if (!seconds || seconds <= 0) return null;
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** A transcript's paragraphs, each with its speaker when it starts "Name: …". */
export function transcriptParagraphs(text: string): { speaker: string | null; text: string }[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^([A-Z][^:\n]{0,59}):\s+([\s\S]+)$/.exec(p);
      return m ? { speaker: m[1].trim(), text: m[2] } : { speaker: null, text: p };
    });
}

/** A show's podcast feed, on this site. */
export const podcastFeedPath = (slug: string) => `/feeds/podcast/${slug}.xml`;

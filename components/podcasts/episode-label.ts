/** "Season 2, Episode 14", "Episode 3", or null when the show does not number its episodes. */
export function episodeLabel(season: number | null, episode: number | null): string | null {
  if (season && episode) return `Season ${season}, Episode ${episode}`;
  if (episode) return `Episode ${episode}`;
  if (season) return `Season ${season}`;
  return null;
}

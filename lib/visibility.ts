// The one rule for what the public may see. A scheduled piece carries its
// go-live time in publishedAt and becomes public by the clock alone.
export const PUBLIC_STATUSES = ['PUBLISHED', 'SCHEDULED'] as const;

export function publicWhere(now: Date) {
  return { status: { in: [...PUBLIC_STATUSES] }, publishedAt: { lte: now } };
}

export function isPublic(a: { status: string; publishedAt: Date | string | null }, now: Date): boolean {
  if (!a.publishedAt || !(PUBLIC_STATUSES as readonly string[]).includes(a.status)) return false;
  return new Date(a.publishedAt).getTime() <= now.getTime();
}

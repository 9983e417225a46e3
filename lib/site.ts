// The organisation running the site. Everything public (headings, metadata,
// feeds) reads from here, so another think tank only changes this file or its
// environment variables.
export const site = {
  name: process.env.SITE_NAME ?? 'Center for a New American Security',
  shortName: process.env.SITE_SHORT_NAME ?? 'CNAS',
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  description:
    process.env.SITE_DESCRIPTION ??
    'Independent, bipartisan research on national security and defense policy.',
  locale: 'en-US',
  // Dates on pages, and the zone schedules are typed in (an IANA name).
  timeZone: process.env.SITE_TIME_ZONE ?? 'America/New_York',
  /** How staff call that zone's time, in the schedule form. */
  timeZoneLabel: process.env.SITE_TIME_ZONE_LABEL ?? 'Washington time',
  pressEmail: process.env.SITE_PRESS_EMAIL ?? 'press@example.org',
} as const;

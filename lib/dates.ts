import { site } from './site';

const longDate = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: site.timeZone,
});

/** "August 12, 2020", in the organisation's own time zone. */
export function formatLongDate(value: string | Date): string {
  return longDate.format(typeof value === 'string' ? new Date(value) : value);
}

export function isoDate(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}

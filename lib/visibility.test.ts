import { describe, expect, it } from 'vitest';
// The same rule in SQL (publicSql) is tested against both databases in
// article-sql.*.test.ts.
import { isPublic } from './visibility';

const now = new Date('2025-06-15T12:00:00.000Z');
const past = new Date('2025-06-14T12:00:00.000Z');
const future = new Date('2025-06-16T12:00:00.000Z');

describe('isPublic', () => {
  it('shows a published piece whose time has passed', () => {
    expect(isPublic({ status: 'PUBLISHED', publishedAt: past }, now)).toBe(true);
  });

  it('shows a scheduled piece once its time has passed', () => {
    expect(isPublic({ status: 'SCHEDULED', publishedAt: past }, now)).toBe(true);
  });

  it('hides a scheduled piece whose time is still to come', () => {
    expect(isPublic({ status: 'SCHEDULED', publishedAt: future }, now)).toBe(false);
  });

  it('hides a published piece dated in the future', () => {
    expect(isPublic({ status: 'PUBLISHED', publishedAt: future }, now)).toBe(false);
  });

  it('shows a piece at exactly its go-live time', () => {
    expect(isPublic({ status: 'SCHEDULED', publishedAt: new Date(now) }, now)).toBe(true);
    expect(isPublic({ status: 'SCHEDULED', publishedAt: new Date(now.getTime() + 1) }, now)).toBe(false);
  });

  it.each(['DRAFT', 'IN_REVIEW', 'UNPUBLISHED'])('hides a %s piece even with a past date', (status) => {
    expect(isPublic({ status, publishedAt: past }, now)).toBe(false);
    expect(isPublic({ status, publishedAt: future }, now)).toBe(false);
  });

  it('hides an unknown or lower-case status', () => {
    expect(isPublic({ status: 'published', publishedAt: past }, now)).toBe(false);
    expect(isPublic({ status: 'ARCHIVED', publishedAt: past }, now)).toBe(false);
  });

  it('hides a piece with no publication time, whatever its status', () => {
    expect(isPublic({ status: 'PUBLISHED', publishedAt: null }, now)).toBe(false);
    expect(isPublic({ status: 'SCHEDULED', publishedAt: null }, now)).toBe(false);
  });

  it('accepts ISO strings as publishedAt (serialized data)', () => {
    expect(isPublic({ status: 'PUBLISHED', publishedAt: past.toISOString() }, now)).toBe(true);
    expect(isPublic({ status: 'SCHEDULED', publishedAt: future.toISOString() }, now)).toBe(false);
  });

  it('hides a piece with an unreadable date', () => {
    expect(isPublic({ status: 'PUBLISHED', publishedAt: 'not a date' }, now)).toBe(false);
  });

  it('depends on the clock it is given', () => {
    const piece = { status: 'SCHEDULED', publishedAt: future };
    expect(isPublic(piece, now)).toBe(false);
    expect(isPublic(piece, new Date('2025-06-17T00:00:00.000Z'))).toBe(true);
  });
});

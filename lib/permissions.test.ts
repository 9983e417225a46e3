import { describe, expect, it } from 'vitest';
import { type Actor, type ArticleRef, can, canEditArticle, canSubmitForReview, type Permission, type Role } from './permissions';

const ROLES: Role[] = ['ADMIN', 'EDITOR', 'CONTRIBUTOR'];
const PERMISSIONS: Permission[] = ['admin:enter', 'article:create', 'article:publish', 'taxonomy:manage', 'experts:manage', 'users:manage', 'audit:view', 'newsletter:manage'];
const STATUSES = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;

const actor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({ id: `user-${role.toLowerCase()}`, role, active: true, ...overrides });
const article = (createdById: string | null, status: string): ArticleRef => ({ createdById, status });

describe('can', () => {
  // The rules as the site states them; what each role meets on every page and
  // route is tried end to end in e2e/role-matrix.security.spec.ts.
  it('only admins manage accounts and read the audit log', () => {
    for (const role of ROLES) {
      expect(can(actor(role), 'users:manage'), role).toBe(role === 'ADMIN');
      expect(can(actor(role), 'audit:view'), role).toBe(role === 'ADMIN');
    }
  });

  it('editors and admins publish and manage experts and topics; contributors write but do not', () => {
    for (const permission of ['article:publish', 'taxonomy:manage', 'experts:manage', 'newsletter:manage'] as Permission[]) {
      expect(can(actor('CONTRIBUTOR'), permission), permission).toBe(false);
      expect(can(actor('EDITOR'), permission), permission).toBe(true);
      expect(can(actor('ADMIN'), permission), permission).toBe(true);
    }
    for (const role of ROLES) expect(can(actor(role), 'article:create')).toBe(true);
  });

  it.each(ROLES)('an inactive %s can do nothing', (role) => {
    for (const permission of PERMISSIONS) {
      expect(can(actor(role, { active: false }), permission)).toBe(false);
    }
  });

  it('refuses everything to a missing actor', () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });
});

describe('canEditArticle', () => {
  const other = 'someone-else';

  it.each(['ADMIN', 'EDITOR'] as const)('%s may edit any article in any status', (role) => {
    const me = actor(role);
    for (const status of STATUSES) {
      expect(canEditArticle(me, article(me.id, status))).toBe(true);
      expect(canEditArticle(me, article(other, status))).toBe(true);
      expect(canEditArticle(me, article(null, status))).toBe(true);
    }
  });

  it.each(['DRAFT', 'IN_REVIEW'])('a contributor may edit their own %s piece', (status) => {
    const me = actor('CONTRIBUTOR');
    expect(canEditArticle(me, article(me.id, status))).toBe(true);
  });

  it.each(['PUBLISHED', 'SCHEDULED', 'UNPUBLISHED'])('a contributor may not edit their own %s piece', (status) => {
    const me = actor('CONTRIBUTOR');
    expect(canEditArticle(me, article(me.id, status))).toBe(false);
  });

  it.each(STATUSES)("a contributor may not edit someone else's %s piece", (status) => {
    const me = actor('CONTRIBUTOR');
    expect(canEditArticle(me, article(other, status))).toBe(false);
  });

  it.each(STATUSES)('a contributor may not edit a %s piece with no creator', (status) => {
    const me = actor('CONTRIBUTOR');
    expect(canEditArticle(me, article(null, status))).toBe(false);
  });

  it('does not treat an unknown status as editable for contributors', () => {
    const me = actor('CONTRIBUTOR');
    expect(canEditArticle(me, article(me.id, 'draft'))).toBe(false);
    expect(canEditArticle(me, article(me.id, 'ARCHIVED'))).toBe(false);
  });

  it.each(ROLES)('an inactive %s may edit nothing, not even their own draft', (role) => {
    const me = actor(role, { active: false });
    for (const status of STATUSES) {
      expect(canEditArticle(me, article(me.id, status))).toBe(false);
      expect(canEditArticle(me, article(other, status))).toBe(false);
    }
  });

  it('refuses a missing actor', () => {
    for (const status of STATUSES) {
      expect(canEditArticle(null, article('x', status))).toBe(false);
      expect(canEditArticle(undefined, article('x', status))).toBe(false);
      expect(canEditArticle(null, article(null, status))).toBe(false);
    }
  });
});

describe('canSubmitForReview', () => {
  it('lets a contributor submit their own draft', () => {
    const me = actor('CONTRIBUTOR');
    expect(canSubmitForReview(me, article(me.id, 'DRAFT'))).toBe(true);
  });

  it.each(['IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'])('does not let a contributor submit their own %s piece', (status) => {
    const me = actor('CONTRIBUTOR');
    expect(canSubmitForReview(me, article(me.id, status))).toBe(false);
  });

  it("does not let a contributor submit someone else's draft or an orphaned draft", () => {
    const me = actor('CONTRIBUTOR');
    expect(canSubmitForReview(me, article('someone-else', 'DRAFT'))).toBe(false);
    expect(canSubmitForReview(me, article(null, 'DRAFT'))).toBe(false);
  });

  it('does not let an inactive contributor submit their own draft', () => {
    const me = actor('CONTRIBUTOR', { active: false });
    expect(canSubmitForReview(me, article(me.id, 'DRAFT'))).toBe(false);
  });

  it('refuses a missing actor', () => {
    expect(canSubmitForReview(null, article('x', 'DRAFT'))).toBe(false);
    expect(canSubmitForReview(undefined, article(null, 'DRAFT'))).toBe(false);
  });

  it.each(['ADMIN', 'EDITOR'] as const)('lets an active %s submit only drafts', (role) => {
    const me = actor(role);
    expect(canSubmitForReview(me, article(me.id, 'DRAFT'))).toBe(true);
    expect(canSubmitForReview(me, article('someone-else', 'DRAFT'))).toBe(true);
    for (const status of STATUSES.filter((s) => s !== 'DRAFT')) {
      expect(canSubmitForReview(me, article(me.id, status))).toBe(false);
    }
    expect(canSubmitForReview(actor(role, { active: false }), article(me.id, 'DRAFT'))).toBe(false);
  });
});

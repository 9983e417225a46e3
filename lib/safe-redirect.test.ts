import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeRedirectPath('/admin/articles/abc?saved=1#top', '/admin')).toBe('/admin/articles/abc?saved=1#top');
    expect(safeRedirectPath('/publications/a-piece', '/')).toBe('/publications/a-piece');
    expect(safeRedirectPath('/search?q=%C3%A9t%C3%A9', '/')).toBe('/search?q=%C3%A9t%C3%A9');
  });

  it.each([
    ['protocol-relative', '//evil.example'],
    ['backslash after the slash', '/\\evil.example'],
    ['tab that browsers drop', '/\t/evil.example'],
    ['line break that browsers drop', '/\n/evil.example'],
    ['carriage return (header injection)', '/admin\r\nSet-Cookie: x=1'],
    ['encoded tab', '/%09/evil.example'],
    ['encoded backslash', '/%5Cevil.example'],
    ['double-encoded backslash', '/%255Cevil.example'],
    ['encoded slash making //', '/%2F/evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['scheme trick', 'javascript:alert(1)'],
    ['relative path', 'admin'],
    ['broken escape', '/%ZZ'],
    ['empty', ''],
  ])('refuses %s', (_label, value) => {
    expect(safeRedirectPath(value, '/admin')).toBe('/admin');
  });

  it('refuses what is not a string, and very long values', () => {
    expect(safeRedirectPath(null, '/')).toBe('/');
    expect(safeRedirectPath(['/admin'], '/')).toBe('/');
    expect(safeRedirectPath(`/${'a'.repeat(2001)}`, '/')).toBe('/');
  });
});

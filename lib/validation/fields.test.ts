import { describe, expect, it } from 'vitest';
import { emailAddress, line, SLUG_MESSAGE, slugInput, WEB_ADDRESS_MESSAGE, webAddress } from './fields';

const error = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues[0].message);

describe('shared field rules', () => {
  it('webAddress takes full web addresses and paths on this site, blank as none', () => {
    expect(webAddress.parse('')).toBeNull();
    expect(webAddress.parse(' https://warontherocks.com/2020/08/x ')).toBe('https://warontherocks.com/2020/08/x');
    expect(webAddress.parse('/media/abc.jpg')).toBe('/media/abc.jpg');
    for (const bad of ['javascript:alert(1)', '//evil.example/x', 'https://', 'https://a b', 'warontherocks.com', '/\\evil.example', 'data:text/html,x']) {
      expect(error(webAddress.safeParse(bad)), bad).toBe(WEB_ADDRESS_MESSAGE);
    }
  });
  it('slugInput allows blank (generate one) and refuses anything but lowercase words and single hyphens', () => {
    expect(slugInput.parse(' Arctic-Security ')).toBe('arctic-security');
    expect(slugInput.parse('')).toBe('');
    for (const bad of ['two--hyphens', '-leading', 'spaces here', 'émigré']) expect(error(slugInput.safeParse(bad)), bad).toBe(SLUG_MESSAGE);
  });
  it('line trims, drops control characters and counts what is left', () => {
    expect(line(10).parse('  A\u0001B  ')).toBe('AB');
    expect(error(line(3).safeParse('abcd'))).toBe('Keep this under 3 characters.');
  });
  it('emailAddress lower-cases and says what is wrong in the words given', () => {
    expect(emailAddress().parse(' Editor@Example.org ')).toBe('editor@example.org');
    expect(error(emailAddress('Enter the e-mail of your account.').safeParse('nope'))).toBe('Enter the e-mail of your account.');
  });
});

import { describe, expect, it } from 'vitest';
import { CONFIRM_TTL_SECONDS, confirmToken, manageToken, readConfirmToken, readManageToken } from './tokens';

const request = { email: 'reader@example.org', follows: [{ kind: 'topic' as const, id: 't1' }, { kind: 'expert' as const, id: 'a9' }], issuedAt: 1_800_000_000 };

describe('newsletter links', () => {
  it('a confirmation link carries the address and the follows, and reads back within a week', () => {
    const t = confirmToken(request);
    expect(readConfirmToken(t, request.issuedAt + 60)).toEqual(request);
    expect(readConfirmToken(t, request.issuedAt + CONFIRM_TTL_SECONDS + 1)).toBeNull();
  });

  it('a changed address, follow or signature is refused', () => {
    const t = confirmToken(request);
    const [payload, sig] = t.split('.');
    const forged = Buffer.from(JSON.stringify({ e: 'victim@example.org', f: ['tt1'], t: request.issuedAt })).toString('base64url');
    expect(readConfirmToken(`${forged}.${sig}`, request.issuedAt)).toBeNull();
    expect(readConfirmToken(`${payload}.${sig.slice(0, -2)}xx`, request.issuedAt)).toBeNull();
    expect(readConfirmToken(payload, request.issuedAt)).toBeNull();
    expect(readConfirmToken('', request.issuedAt)).toBeNull();
  });

  it('a manage link names its subscriber and cannot be made to name another', () => {
    expect(readManageToken(manageToken('sub1'))).toBe('sub1');
    const sig = manageToken('sub1').split('.')[1];
    expect(readManageToken(`sub2.${sig}`)).toBeNull();
    // A confirmation signature is no manage signature (each purpose signs differently).
    const [payload, confirmSig] = confirmToken(request).split('.');
    expect(readManageToken(`${payload}.${confirmSig}`)).toBeNull();
  });
});

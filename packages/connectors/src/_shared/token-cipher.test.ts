import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTokenCipher, parseEncryptionKeys } from './token-cipher';

const key = (id: string) => ({ id, key: crypto.randomBytes(32) });
const credentials = { accessToken: 'access-secret', refreshToken: 'refresh-secret', expiresAt: new Date('2030-01-01T00:00:00.000Z') };

describe('token cipher', () => {
  it('round-trips credentials and never stores them in the clear', () => {
    const cipher = createTokenCipher([key('k1')]);
    const sealed = cipher.seal(credentials);
    expect(sealed).not.toContain('access-secret');
    expect(sealed.startsWith('v1.k1.')).toBe(true);
    expect(cipher.open(sealed)).toEqual(credentials);
    expect(cipher.seal(credentials)).not.toBe(sealed); // fresh IV each time
  });

  it('keeps opening old ciphertexts after a rotation, and seals with the new key', () => {
    const oldKey = key('k1');
    const sealedBefore = createTokenCipher([oldKey]).seal(credentials);
    const rotated = createTokenCipher([key('k2'), oldKey]);
    expect(rotated.open(sealedBefore)).toEqual(credentials);
    expect(rotated.seal(credentials).startsWith('v1.k2.')).toBe(true);
  });

  it('refuses tampered ciphertexts and unknown keys', () => {
    const cipher = createTokenCipher([key('k1')]);
    const parts = cipher.seal(credentials).split('.');
    const flipped = Buffer.from(parts[4] ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    parts[4] = flipped.toString('base64url');
    expect(() => cipher.open(parts.join('.'))).toThrow();
    expect(() => createTokenCipher([key('k9')]).open(cipher.seal(credentials))).toThrow(/unknown format or key/);
  });

  it('parses the key list from configuration', () => {
    const raw = crypto.randomBytes(32).toString('base64');
    expect(parseEncryptionKeys(`new:${raw}, old:${raw}`).map((entry) => entry.id)).toEqual(['new', 'old']);
  });
});

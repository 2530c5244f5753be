import crypto from 'node:crypto';
import { z } from 'zod';
import type { CredentialVault } from '@socialseed/core/ports/credential-vault';
import type { AccountCredentials } from '@socialseed/core/ports/social-provider';

export interface EncryptionKey {
  /** Short id stored beside each ciphertext, so old keys keep decrypting after rotation. */
  id: string;
  /** 32 bytes for AES-256. */
  key: Buffer;
}

const FORMAT = 'v1';
const credentialsSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

const b64 = (buffer: Buffer) => buffer.toString('base64url');

/**
 * AES-256-GCM with a random 96-bit IV per message; the key id and format are bound into the
 * authentication tag (as associated data), so a ciphertext cannot be replayed under another key.
 * Sealing always uses the first key; opening finds the key by id (rotation: put the new key
 * first, keep the old ones until every account was re-sealed).
 */
export function createTokenCipher(keys: EncryptionKey[]): CredentialVault {
  const [current] = keys;
  if (!current) throw new Error('at least one encryption key is required');
  for (const { id, key } of keys) {
    if (key.length !== 32) throw new Error(`encryption key ${id} must be 32 bytes`);
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error(`encryption key id ${id} must be 1–32 letters, digits, - or _`);
  }
  const byId = new Map(keys.map((entry) => [entry.id, entry.key]));

  return {
    seal(credentials: AccountCredentials): string {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(Buffer.from(`${FORMAT}.${current.id}`));
      const plaintext = JSON.stringify({ ...credentials, expiresAt: credentials.expiresAt?.toISOString() ?? null });
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [FORMAT, current.id, b64(iv), b64(cipher.getAuthTag()), b64(ciphertext)].join('.');
    },
    open(sealed: string): AccountCredentials {
      const [format, keyId, iv, tag, ciphertext] = sealed.split('.');
      const key = keyId ? byId.get(keyId) : undefined;
      if (format !== FORMAT || !key || !iv || !tag || ciphertext === undefined) {
        throw new Error(`credentials sealed with an unknown format or key (${format}.${keyId})`);
      }
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(`${FORMAT}.${keyId}`));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
      const parsed = credentialsSchema.parse(JSON.parse(plaintext));
      return { ...parsed, expiresAt: parsed.expiresAt ? new Date(parsed.expiresAt) : null };
    },
  };
}

/** Parses `TOKEN_ENCRYPTION_KEYS` (`id:base64key,id:base64key`, newest first). */
export function parseEncryptionKeys(value: string): EncryptionKey[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id = '', encoded = ''] = entry.split(':');
      return { id, key: Buffer.from(encoded, 'base64') };
    });
}

import { createTokenCipher, parseEncryptionKeys } from '@socialseed/connectors/_shared/token-cipher';
import type { CredentialVault } from '@socialseed/core/ports/credential-vault';
import { getOrCreateInstanceSecret, type Database } from '@socialseed/db';
import type { Config } from '../config/config';

/**
 * The vault sealing social account tokens: keys from TOKEN_ENCRYPTION_KEYS, or one generated
 * on first boot and kept in the database (shared by every process). Production installs should
 * set the variable, so a database dump alone does not reveal the tokens.
 */
export async function createCredentialVault(config: Config, db: Database): Promise<CredentialVault> {
  if (config.TOKEN_ENCRYPTION_KEYS) return createTokenCipher(parseEncryptionKeys(config.TOKEN_ENCRYPTION_KEYS));
  const generated = await getOrCreateInstanceSecret(db, 'token_encryption_key');
  // Instance secrets are 48 random bytes; the first 32 make the AES-256 key.
  return createTokenCipher([{ id: 'db1', key: Buffer.from(generated, 'base64url').subarray(0, 32) }]);
}

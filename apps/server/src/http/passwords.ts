import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@socialseed/core/deps';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). Algorithm 2 = argon2id. */
export const argon2idHasher: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },
};

import { z } from 'zod';
import { timestamp } from '../../http/schemas';

export { updateProfileSchema as updateProfileBody } from '@socialseed/core/users/profile';

export const sessionView = z.object({
  id: z.uuid(),
  device: z.string(),
  ip: z.string().nullable(),
  createdAt: timestamp,
  lastUsedAt: timestamp,
  expiresAt: timestamp,
  current: z.boolean(),
});

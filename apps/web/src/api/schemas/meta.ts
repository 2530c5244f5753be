import { z } from 'zod';

/** How the instance delivers email: by SMTP, or written to the outbox and the server log only. */
export const emailModes = ['smtp', 'outbox'] as const;
export type EmailMode = (typeof emailModes)[number];

/** `GET /api/v1/meta`: public facts about this instance. Unknown extra fields are ignored. */
export const instanceMetaSchema = z.object({
  version: z.string(),
  roles: z.array(z.string()),
  email: z.object({ mode: z.enum(emailModes) }),
});
export type InstanceMeta = z.infer<typeof instanceMetaSchema>;

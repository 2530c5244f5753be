import { z } from 'zod';
import { timestamp } from '../../http/schemas';

export const syncQueued = z.object({
  jobId: z.uuid().describe('The engagement.sync job measuring the organization'),
  status: z.literal('queued'),
});

export const sandboxHistoryResponse = z.object({
  simulated: z.literal(true).describe('Always true: Sandbox history is simulated, never real engagement'),
  note: z.string(),
  brandId: z.uuid(),
  created: z.boolean().describe('False when the brand already had simulated history; nothing was added'),
  posts: z.number().int(),
  accounts: z.array(z.object({ id: z.uuid(), handle: z.string() })),
  from: timestamp.nullable(),
  to: timestamp.nullable(),
  sync: z
    .object({ recorded: z.number().int(), accountSnapshots: z.number().int(), alerts: z.number().int() })
    .nullable()
    .describe('The measuring pass run right after (null when nothing was created)'),
});

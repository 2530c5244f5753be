import { z } from 'zod';
import { paginated } from './common.ts';

/** An alert the server wrote: a viral or poor post, an unusual spike or drop in activity. */
export const notificationSchema = z.object({
  id: z.string(),
  brandId: z.string().nullable(),
  /** 'post.viral', 'post.poor', 'activity.spike', 'activity.drop', 'account.reconnect', 'post.failed', … (open-ended). */
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path in this web app ("/posts/…"), or null. */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AppNotification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = paginated(notificationSchema).extend({ unread: z.number().int() });

export const notificationEnvelopeSchema = z.object({ notification: notificationSchema });

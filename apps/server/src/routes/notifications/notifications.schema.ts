import { z } from 'zod';
import { pageOf, paginationQuery, timestamp } from '../../http/schemas';

export const notification = z.object({
  id: z.uuid(),
  brandId: z.uuid().nullable(),
  kind: z.string().describe('post.viral, post.poor, activity.spike, activity.drop, …'),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('Where in the web app it leads'),
  data: z.record(z.string(), z.unknown()),
  readAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const notificationsQuery = paginationQuery.extend({
  unread: z
    .enum(['true', 'false'], 'Must be true or false')
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only unread ones'),
  brandId: z.uuid('Must be a valid id').optional(),
});

export const notificationPage = pageOf(notification).extend({ unread: z.number().int().describe('Unread notifications (same brand filter)') });

export const readAllBody = z
  .object({ brandId: z.uuid('Must be a valid id').optional().describe("Only this brand's notifications") })
  .strict()
  .nullish()
  .describe('Optional: without a body, every unread notification');

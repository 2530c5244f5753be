import { z } from 'zod';
import { apiRequest } from './http-client.ts';
import { notificationEnvelopeSchema, notificationPageSchema } from './schemas/notification.ts';

/** The newest notifications (of one brand, or all), with how many are unread. */
export function listNotifications(options: { brandId?: string; unread?: boolean; page?: number; limit?: number }) {
  return apiRequest('/notifications', notificationPageSchema, {
    query: { brandId: options.brandId, unread: options.unread === undefined ? undefined : String(options.unread), page: options.page ?? 1, limit: options.limit ?? 10 },
  });
}

export async function markNotificationRead(notificationId: string) {
  const result = await apiRequest(`/notifications/${encodeURIComponent(notificationId)}/read`, notificationEnvelopeSchema, { method: 'POST' });
  return result.notification;
}

/** Marks every notification (of one brand, when given) as read; answers how many changed. */
export function markAllNotificationsRead(brandId?: string) {
  return apiRequest('/notifications/read-all', z.object({ updated: z.number().int() }), { method: 'POST', body: brandId ? { brandId } : {} });
}

import type { NewNotification, NotificationRecord } from '../ports/notification-repositories';
import type { Repositories } from '../ports/repositories';

/** The kinds of notification the analytics alerts write. */
export const notificationKinds = {
  viral: 'post.viral',
  poor: 'post.poor',
  spike: 'activity.spike',
  drop: 'activity.drop',
} as const;

/**
 * Writes one notification unless the organization already has one with the same dedupe key, so
 * rules that run on every sync pass alert once. Pass the repositories of the surrounding
 * transaction (or the unit of work) so the notification lands with the change that caused it.
 * Answers the new notification, or null when it was a repeat.
 */
export async function notify(repos: Pick<Repositories, 'notifications'>, notification: NewNotification, now: Date = new Date()): Promise<NotificationRecord | null> {
  return repos.notifications.insert(notification, now);
}

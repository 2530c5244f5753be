import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { NotificationFilter, NotificationRecord } from '../ports/notification-repositories';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import type { Page, Pagination } from '../shared/pagination';

/** Every member sees the organization's notifications (alerts are about shared brands). */
const READ = 'organization.read' as const;

/** Newest first, with the unread count under the same brand filter for the bell's badge. */
export async function listNotifications(deps: { uow: UnitOfWork }, actor: Actor, filter: NotificationFilter, pagination: Pagination): Promise<Page<NotificationRecord> & { unread: number }> {
  assertCan(actor.role, READ);
  const [page, unread] = await Promise.all([
    deps.uow.notifications.list(actor.organizationId, filter, pagination),
    deps.uow.notifications.countUnread(actor.organizationId, { brandId: filter.brandId }),
  ]);
  return { ...page, unread };
}

/**
 * Read state belongs to the notification, shared by the organization's members: an alert one
 * person has dealt with stops nagging the others. Reading twice keeps the first time.
 */
export async function markNotificationRead(deps: { uow: UnitOfWork; clock: Clock }, actor: Actor, id: string): Promise<NotificationRecord> {
  assertCan(actor.role, READ);
  const notification = await deps.uow.notifications.markRead(actor.organizationId, id, deps.clock.now());
  if (!notification) throw AppError.notFound('Notification');
  return notification;
}

export async function markAllNotificationsRead(deps: { uow: UnitOfWork; clock: Clock }, actor: Actor, filter: { brandId?: string }): Promise<number> {
  assertCan(actor.role, READ);
  return deps.uow.notifications.markAllRead(actor.organizationId, filter, deps.clock.now());
}

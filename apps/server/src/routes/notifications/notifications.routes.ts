import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '@socialseed/core/notifications/read-notifications';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';
import { notification, notificationPage, notificationsQuery, readAllBody } from './notifications.schema';

/** The organization's in-app notifications (analytics alerts); every member reads and clears them. */
export function notificationsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['notifications'];
    app.get('/', { schema: { tags, querystring: notificationsQuery, response: { 200: notificationPage } } }, async (request) => {
      const actor = await authorize(context, request, 'organization.read');
      const { page, limit, unread, brandId } = request.query;
      return listNotifications(context.core, actor, { unread, brandId }, { page, limit });
    });

    app.post('/:id/read', { schema: { tags, params: idParams, response: { 200: z.object({ notification }) } } }, async (request) => {
      const actor = await authorize(context, request, 'organization.read');
      return { notification: await markNotificationRead(context.core, actor, request.params.id) };
    });

    app.post('/read-all', { schema: { tags, body: readAllBody, response: { 200: z.object({ updated: z.number().int() }) } } }, async (request) => {
      const actor = await authorize(context, request, 'organization.read');
      return { updated: await markAllNotificationsRead(context.core, actor, { brandId: request.body?.brandId }) };
    });
  };
}

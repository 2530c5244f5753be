import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestEngagementSync } from '@socialseed/core/engagement/request-engagement-sync';
import { sandboxHistorySchema, seedSandboxHistory } from '@socialseed/core/engagement/seed-sandbox-history';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { sandboxHistoryResponse, syncQueued } from './engagement.schema';
import { sandboxAt } from './sandbox-replay';

/** Measuring on demand, and the simulated history for offline demos (under /analytics). */
export function engagementRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['analytics'];

    app.post('/sync', { schema: { tags, response: { 202: syncQueued } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      const { jobId } = await requestEngagementSync(context.core, actor);
      return reply.status(202).send({ jobId, status: 'queued' as const });
    });

    app.post('/sandbox-history', { schema: { tags, body: sandboxHistorySchema, response: { 200: sandboxHistoryResponse, 201: sandboxHistoryResponse } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      const result = await seedSandboxHistory(context.core, actor, request.body, { intervalHours: context.config.ENGAGEMENT_SYNC_INTERVAL_HOURS, sandboxAt: sandboxAt(context) });
      return reply.status(result.created ? 201 : 200).send(result);
    });
  };
}

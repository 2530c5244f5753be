import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../server-context';
import { readInstanceDeliveryStall } from '@socialseed/core/publishing/delivery-stalls';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  roles: z.array(z.string()),
  database: z.object({ ok: z.boolean(), latencyMs: z.number() }),
  queue: z.object({ ok: z.boolean(), detail: z.string().optional() }),
  /**
   * Posts of every organization past DELIVERY_STALL_ALERT_SECONDS and unsent: above 0, no worker
   * is running or the workers cannot keep up. It does not change the status code: an api process
   * is healthy without a worker, and a load balancer must not take it out of rotation for it.
   * Null when it could not be read (never a reassuring 0).
   */
  delivery: z.object({ overdue: z.number().int(), oldestOverdueSeconds: z.number().int().nullable() }).nullable(),
});

const metaResponse = z.object({
  version: z.string(),
  roles: z.array(z.string()),
  email: z.object({ mode: z.enum(['smtp', 'outbox']) }),
});

export const APP_VERSION = '0.1.0';

/** Health and public facts about this instance (mounted at /api). */
export function platformRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { tags: ['platform'], response: { 200: healthResponse, 503: healthResponse } } }, async (_request, reply) => {
      const [database, queue, stall] = await Promise.all([
        context.databaseStatus(),
        context.queueStatus(),
        readInstanceDeliveryStall(context.core).catch(() => null),
      ]);
      const ok = database.ok && queue.ok;
      const oldest = stall?.oldestDueAt ?? null;
      const delivery = stall && { overdue: stall.overdue, oldestOverdueSeconds: oldest ? Math.round((context.core.clock.now().getTime() - oldest.getTime()) / 1000) : null };
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', version: APP_VERSION, roles: context.config.ROLE, database, queue, delivery });
    });

    app.get('/v1/meta', { schema: { tags: ['platform'], response: { 200: metaResponse } } }, async () => ({
      version: APP_VERSION,
      roles: context.config.ROLE,
      email: { mode: context.config.SMTP_URL ? ('smtp' as const) : ('outbox' as const) },
    }));
  };
}

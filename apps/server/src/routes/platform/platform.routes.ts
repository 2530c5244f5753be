import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../server-context';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  roles: z.array(z.string()),
  database: z.object({ ok: z.boolean(), latencyMs: z.number() }),
  queue: z.object({ ok: z.boolean(), detail: z.string().optional() }),
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
      const [database, queue] = await Promise.all([
        context.databaseStatus(),
        context.queueStatus(),
      ]);
      const ok = database.ok && queue.ok;
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', version: APP_VERSION, roles: context.config.ROLE, database, queue });
    });

    app.get('/v1/meta', { schema: { tags: ['platform'], response: { 200: metaResponse } } }, async () => ({
      version: APP_VERSION,
      roles: context.config.ROLE,
      email: { mode: context.config.SMTP_URL ? ('smtp' as const) : ('outbox' as const) },
    }));
  };
}

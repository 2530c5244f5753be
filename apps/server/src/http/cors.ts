import type { FastifyInstance } from 'fastify';

/**
 * Minimal CORS for the configured origins only (off unless CORS_ORIGINS is set). Credentials
 * are allowed so a separately hosted web UI can use the refresh cookie.
 */
export default async function installCors(app: FastifyInstance, origins: string[]): Promise<void> {
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowed.has(origin)) return;
    void reply.header('access-control-allow-origin', origin);
    void reply.header('access-control-allow-credentials', 'true');
    void reply.header('vary', 'Origin');
    if (request.method === 'OPTIONS') {
      void reply.header('access-control-allow-methods', 'GET,POST,PUT,DELETE,OPTIONS');
      void reply.header('access-control-allow-headers', 'authorization,content-type,x-organization-id');
      void reply.header('access-control-max-age', '600');
      return reply.status(204).send();
    }
  });
}

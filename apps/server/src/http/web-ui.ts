import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web UI and falls back to index.html for client-side routes. API paths never
 * fall back: an unknown /api route answers a JSON 404.
 */
export async function installWebUi(app: FastifyInstance, distDir: string): Promise<boolean> {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ distDir }, 'web UI not built: run `npm run build` (npm start does this for you)');
    return false;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${request.url.split('?')[0]}`, userMessage: 'Not found.', details: {} } });
    }
    // Hashed assets that exist are served by @fastify/static's own routes; everything else is the SPA.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}

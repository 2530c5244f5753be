import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderGraphic } from '@socialseed/core/ai/graphics/render-graphic';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { toMediaView } from '../media/media.schema';
import { renderGraphicBody, renderGraphicResponse } from './graphics.schema';

const tags = ['ai-agents'];

/**
 * The studio's graphics: brand-coloured images drawn from templates (and on a generated
 * background when Stability AI is configured), stored as media assets ready for a post.
 * Whoever may write posts may render.
 */
export function aiGraphicsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/graphics/render', { schema: { tags, body: renderGraphicBody, response: { 201: renderGraphicResponse } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      const result = await renderGraphic(context.core, actor, request.body);
      return reply.status(201).send({ ...result, media: result.media.map(toMediaView), contrast: Math.round(result.contrast * 100) / 100 });
    });
  };
}

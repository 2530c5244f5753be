import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { brandSafetyListsSchema, getBrandSafetyLists, saveBrandSafetyLists } from '@socialseed/core/ai/studio/brand-safety-lists';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';

const tags = ['brands'];
const listsResponse = { 200: z.object({ lists: z.object({ bannedWords: z.array(z.string()), sensitiveTopics: z.array(z.string()) }) }) };

/** A brand's own brand-safety lists (banned words, sensitive topics), used by the AI studio. */
export function brandSafetyListsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/:id/safety-lists', { schema: { tags, params: idParams, response: listsResponse } }, async (request) => {
      const actor = await authorize(context, request, 'brands.read');
      return { lists: await getBrandSafetyLists(context.core, actor, request.params.id) };
    });

    app.put('/:id/safety-lists', { schema: { tags, params: idParams, body: brandSafetyListsSchema, response: listsResponse } }, async (request) => {
      const actor = await authorize(context, request, 'brands.update');
      return { lists: await saveBrandSafetyLists(context.core, actor, request.params.id, request.body) };
    });
  };
}

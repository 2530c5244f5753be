import { platforms } from '@socialseed/core/publishing/platforms';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { generateContent, generateContentSchema } from '@socialseed/core/ai/studio/generate-content';
import { improveContent, improveContentSchema } from '@socialseed/core/ai/studio/improve-content';
import { saveGeneratedPost, saveGeneratedPostSchema } from '@socialseed/core/ai/studio/save-generated-post';
import { suggestHashtags, suggestHashtagsSchema } from '@socialseed/core/ai/studio/suggest-hashtags';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { post } from '../posts/posts.schema';

const tags = ['ai-agents'];
const tier = z.enum(['provider', 'template']);
const safety = z.object({
  safe: z.boolean(),
  flags: z.array(z.object({ category: z.string(), reason: z.string(), term: z.string().nullable() })),
});
const quality = z.object({
  score: z.number(),
  parts: z.object({ fitsLimit: z.number(), brandSafety: z.number(), pillarAlignment: z.number(), readability: z.number(), hashtags: z.number(), novelty: z.number() }),
  matchedPillar: z.string().nullable(),
});
const variant = z.object({
  platform: z.enum(platforms),
  text: z.string(),
  hashtags: z.array(z.string()),
  length: z.number().int(),
  limit: z.number().int(),
  valid: z.boolean(),
  quality,
  safety,
  tier,
  provider: z.string(),
  model: z.string(),
  taskId: z.uuid().nullable(),
});

/** The studio's writing endpoints: generate variants, improve a text, suggest hashtags, save as a post. */
export function aiContentRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const deps = () => ({ uow: context.core.uow, clock: context.core.clock, studio: context.core.studio });

    app.post('/content/generate', { schema: { tags, body: generateContentSchema, response: { 200: z.object({ tier, notice: z.string().nullable(), variants: z.array(variant) }) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.write');
      return generateContent(deps(), actor, request.body);
    });

    app.post('/content/save', { schema: { tags, body: saveGeneratedPostSchema, response: { 201: z.object({ post, quality, safety, autoApproved: z.boolean() }) } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      return reply.status(201).send(await saveGeneratedPost(deps(), actor, request.body));
    });

    app.post('/content/improve', { schema: { tags, body: improveContentSchema, response: { 200: z.object({ text: z.string(), tier, provider: z.string(), model: z.string(), cached: z.boolean() }) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.write');
      return improveContent(deps(), actor, request.body);
    });

    app.post('/hashtags/suggest', { schema: { tags, body: suggestHashtagsSchema, response: { 200: z.object({ hashtags: z.array(z.string()), tier, provider: z.string(), model: z.string(), cached: z.boolean() }) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.write');
      return suggestHashtags(deps(), actor, request.body);
    });
  };
}

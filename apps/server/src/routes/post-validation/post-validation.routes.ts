import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validateDraftPost } from '@socialseed/core/publishing/validate-draft-post';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { postValidationResponse, validatePostBody } from './post-validation.schema';

const tags = ['posts'];

/**
 * Checks a draft against one platform's rules (length in its own unit, media count, type, size,
 * alt text) without storing anything. The composer calls it (debounced) for its live counts, so
 * the browser and the delivery engine count the same way. Mastodon is checked against upstream
 * defaults, or, given `accountId`, against the limits that account's server announced.
 */
export function postValidationRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/validate', { schema: { tags, body: validatePostBody, response: { 200: postValidationResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      return validateDraftPost(context.core, actor, request.body);
    });
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { duplicatePost } from '@socialseed/core/publishing/duplicate-post';
import { previewPost } from '@socialseed/core/publishing/preview-post';
import { restorePostVersion } from '@socialseed/core/publishing/restore-post-version';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';
import { post, postPreviews, versionParams } from './posts.schema';

const tags = ['posts'];

/** Working with saved content: copy a post, bring back an old version, see what each account will get. */
export function postLibraryRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/:id/duplicate', { schema: { tags, params: idParams, response: { 201: z.object({ post }) } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      return reply.status(201).send({ post: await duplicatePost(context.core, actor, request.params.id) });
    });

    app.post('/:id/versions/:version/restore', { schema: { tags, params: versionParams, response: { 200: z.object({ post }) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.write');
      return { post: await restorePostVersion(context.core, actor, request.params.id, request.params.version) };
    });

    app.get('/:id/preview', { schema: { tags, params: idParams, response: { 200: postPreviews } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      return { previews: await previewPost(context.core, actor, request.params.id) };
    });
  };
}

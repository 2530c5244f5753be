import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPost } from '@socialseed/core/publishing/create-post';
import { getCalendar, getPost, listPosts } from '@socialseed/core/publishing/read-posts';
import { updatePost } from '@socialseed/core/publishing/update-post';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams, noContent, pageOf } from '../../http/schemas';
import { deletePost } from '@socialseed/core/publishing/schedule-post';
import { calendarQuery, createPostBody, deliveryStatus, listPostsQuery, post, postDetail, updatePostBody } from './posts.schema';
import { readDeliveryStall } from '@socialseed/core/publishing/delivery-stalls';

const tags = ['posts'];

/** The content library: create, read, edit and delete posts. Workflow actions are in post-actions.routes.ts. */
export function postsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/', { schema: { tags, body: createPostBody, response: { 201: z.object({ post }) } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      return reply.status(201).send({ post: await createPost(context.core, actor, request.body) });
    });

    app.get('/', { schema: { tags, querystring: listPostsQuery, response: { 200: pageOf(post) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      const { page, limit, ...filter } = request.query;
      return listPosts(context.core, actor, filter, { page, limit });
    });

    app.get('/calendar', { schema: { tags, querystring: calendarQuery, response: { 200: z.object({ items: z.array(post) }) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      return { items: await getCalendar(context.core, actor, request.query) };
    });

    // Before '/:id', which would otherwise take the name for an id.
    app.get('/delivery-status', { schema: { tags, response: { 200: deliveryStatus } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      const stall = await readDeliveryStall(context.core, actor);
      return { overdue: stall.overdue, oldestDueAt: stall.oldestDueAt, alertAfterSeconds: Math.round(stall.alertAfterMs / 1000) };
    });

    app.get('/:id', { schema: { tags, params: idParams, response: { 200: z.object({ post: postDetail }) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      return { post: await getPost(context.core, actor, request.params.id) };
    });

    app.put('/:id', { schema: { tags, params: idParams, body: updatePostBody, response: { 200: z.object({ post }) } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.write');
      return { post: await updatePost(context.core, actor, request.params.id, request.body) };
    });

    app.delete('/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      await deletePost(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approvePost, rejectPost, submitPost } from '@socialseed/core/publishing/review-post';
import { cancelPost, schedulePost } from '@socialseed/core/publishing/schedule-post';
import { getPost } from '@socialseed/core/publishing/read-posts';
import { queuePost } from '@socialseed/core/publishing/queue-post';
import { retryTarget } from '@socialseed/core/publishing/retry-target';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';
import { post, rejectPostBody, schedulePostBody, targetParams } from './posts.schema';

const tags = ['posts'];
const postResponse = { 200: z.object({ post }) };

/** The approval and delivery workflow of one post. */
export function postActionsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const withTargets = async (actorRequest: Parameters<typeof authorize>[1], postId: string) => {
      const actor = await authorize(context, actorRequest, 'posts.read');
      return getPost(context.core, actor, postId);
    };

    app.post('/:id/submit', { schema: { tags, params: idParams, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.write');
      await submitPost(context.core, actor, request.params.id);
      return { post: await withTargets(request, request.params.id) };
    });

    app.post('/:id/approve', { schema: { tags, params: idParams, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.approve');
      await approvePost(context.core, actor, request.params.id);
      return { post: await withTargets(request, request.params.id) };
    });

    app.post('/:id/reject', { schema: { tags, params: idParams, body: rejectPostBody, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.approve');
      await rejectPost(context.core, actor, request.params.id, request.body.comment);
      return { post: await withTargets(request, request.params.id) };
    });

    app.post('/:id/schedule', { schema: { tags, params: idParams, body: schedulePostBody, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.schedule');
      return { post: await schedulePost(context.core, actor, request.params.id, request.body.scheduledAt) };
    });

    app.post('/:id/queue', { schema: { tags, params: idParams, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.schedule');
      return { post: await queuePost(context.core, actor, request.params.id) };
    });

    app.post('/:id/publish', { schema: { tags, params: idParams, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.schedule');
      return { post: await schedulePost(context.core, actor, request.params.id, 'now') };
    });

    app.post('/:id/targets/:targetId/retry', { schema: { tags, params: targetParams, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.schedule');
      return { post: await retryTarget(context.core, actor, request.params.id, request.params.targetId) };
    });

    app.post('/:id/cancel', { schema: { tags, params: idParams, response: postResponse } }, async (request) => {
      const actor = await authorize(context, request, 'posts.schedule');
      return { post: await cancelPost(context.core, actor, request.params.id) };
    });
  };
}

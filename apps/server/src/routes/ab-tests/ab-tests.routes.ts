import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createAbTest } from '@socialseed/core/ab-tests/create-ab-test';
import { decideAbTest } from '@socialseed/core/ab-tests/decide-ab-test';
import { getAbTest, listAbTests } from '@socialseed/core/ab-tests/read-ab-tests';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';
import { abTestPage, abTestsQuery, abTestView, createAbTestBody, decideAbTestBody } from './ab-tests.schema';

/** A/B tests of 2–4 posts: create, follow the results, keep the winner or revert to the control. */
export function abTestsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['ab-tests'];
    app.post('/', { schema: { tags, body: createAbTestBody, response: { 201: abTestView } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'posts.write');
      return reply.status(201).send(await createAbTest(context.core, actor, request.body));
    });

    app.get('/', { schema: { tags, querystring: abTestsQuery, response: { 200: abTestPage } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      const { page, limit, brandId } = request.query;
      return listAbTests(context.core, actor, { brandId }, { page, limit });
    });

    app.get('/:id', { schema: { tags, params: idParams, response: { 200: abTestView } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.read');
      return getAbTest(context.core, actor, request.params.id);
    });

    app.post('/:id/decide', { schema: { tags, params: idParams, body: decideAbTestBody, response: { 200: abTestView } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.write');
      return decideAbTest(context.core, actor, request.params.id, request.body.action);
    });
  };
}

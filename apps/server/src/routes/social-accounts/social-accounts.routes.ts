import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { connectSocialAccount, disconnectSocialAccount, listSocialAccounts } from '@socialseed/core/publishing/social-accounts';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams, noContent, pageOf } from '../../http/schemas';
import { connectAccountBody, listAccountsQuery, socialAccount } from './social-accounts.schema';

const tags = ['social-accounts'];

export function socialAccountsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/', { schema: { tags, querystring: listAccountsQuery, response: { 200: pageOf(socialAccount) } } }, async (request) => {
      const actor = await authorize(context, request, 'social_accounts.read');
      const { brandId, ...pagination } = request.query;
      return listSocialAccounts(context.core, actor, brandId ? { brandId } : {}, pagination);
    });

    app.post('/connect', { schema: { tags, body: connectAccountBody, response: { 201: z.object({ account: socialAccount }) } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'social_accounts.manage');
      return reply.status(201).send({ account: await connectSocialAccount(context.core, actor, request.body) });
    });

    app.delete('/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'social_accounts.manage');
      await disconnectSocialAccount(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { connectSocialAccount, disconnectSocialAccount, listSocialAccounts } from '@socialseed/core/publishing/social-accounts';
import { finishOAuthConnection, startOAuthConnection } from '@socialseed/core/publishing/oauth-connection';
import { getAccountHealth } from '@socialseed/core/publishing/account-health';
import { syncSocialAccount } from '@socialseed/core/publishing/sync-account';
import { AppError } from '@socialseed/core/errors';
import { originOf } from '../../http/request-origin';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams, noContent, pageOf } from '../../http/schemas';
import { accountHealth, connectAccountBody, listAccountsQuery, oauthCallbackQuery, oauthPlatformParams, oauthStartQuery, socialAccount } from './social-accounts.schema';

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

    app.get('/oauth/:platform/start', { schema: { tags, params: oauthPlatformParams, querystring: oauthStartQuery, response: { 200: z.object({ url: z.url() }) } } }, async (request) => {
      const actor = await authorize(context, request, 'social_accounts.manage');
      return startOAuthConnection(context.core, actor, { platform: request.params.platform, brandId: request.query.brandId });
    });

    // The platform redirects the browser here: no bearer token, the state identifies the flow.
    // Success and failure both return the person to the Accounts page, which shows the result.
    app.get('/oauth/:platform/callback', { schema: { tags, params: oauthPlatformParams, querystring: oauthCallbackQuery } }, async (request, reply) => {
      const back = (outcome: Record<string, string>) => reply.redirect(`${context.config.PUBLIC_URL}/accounts?${new URLSearchParams(outcome).toString()}`);
      const { state, code, error } = request.query;
      if (error || !code) return back({ error: error === 'access_denied' ? 'The sign-in was cancelled.' : 'The platform did not complete the sign-in.' });
      try {
        const account = await finishOAuthConnection(context.core, { platform: request.params.platform, state, code }, originOf(request));
        return back({ connected: account.id });
      } catch (failure) {
        if (failure instanceof AppError && failure.status < 500) return back({ error: failure.userMessage });
        throw failure;
      }
    });

    // Checks the account against its platform now; its state (active or needs_reconnect) is the answer.
    app.post('/:id/sync', { schema: { tags, params: idParams, response: { 200: z.object({ account: socialAccount }) } } }, async (request) => {
      const actor = await authorize(context, request, 'social_accounts.manage');
      return { account: await syncSocialAccount(context.core, actor, request.params.id) };
    });

    app.get('/:id/health', { schema: { tags, params: idParams, response: { 200: z.object({ health: accountHealth }) } } }, async (request) => {
      const actor = await authorize(context, request, 'social_accounts.read');
      return { health: await getAccountHealth(context.core, actor, request.params.id) };
    });

    app.delete('/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'social_accounts.manage');
      await disconnectSocialAccount(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });
  };
}

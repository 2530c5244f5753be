import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getProfile, updateProfile } from '@socialseed/core/users/profile';
import { listSessions, revokeSession } from '@socialseed/core/users/sessions';
import type { ServerContext } from '../../server-context';
import { authenticate } from '../../http/authenticate';
import { originOf } from '../../http/request-origin';
import { idParams, noContent, pageOf, paginationQuery } from '../../http/schemas';
import { publicUser } from '../auth/auth.schema';
import { sessionView, updateProfileBody } from './users.schema';

const tags = ['users'];
const userResponse = z.object({ user: publicUser });

export function usersRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/profile', { schema: { tags, response: { 200: userResponse } } }, async (request) => {
      const principal = await authenticate(context, request);
      return { user: await getProfile(context.core, principal.userId) };
    });

    app.put('/profile', { schema: { tags, body: updateProfileBody, response: { 200: userResponse } } }, async (request) => {
      const principal = await authenticate(context, request);
      return { user: await updateProfile(context.core, principal.userId, request.body, originOf(request)) };
    });

    app.get('/sessions', { schema: { tags, querystring: paginationQuery, response: { 200: pageOf(sessionView) } } }, async (request) => {
      const principal = await authenticate(context, request);
      return listSessions(context.core, principal.userId, principal.sessionId, request.query);
    });

    app.delete('/sessions/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const principal = await authenticate(context, request);
      await revokeSession(context.core, principal.userId, request.params.id, originOf(request));
      return reply.status(204).send(null);
    });
  };
}

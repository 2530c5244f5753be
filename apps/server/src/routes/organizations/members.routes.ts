import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMembers, removeMember, updateMemberRole } from '@socialseed/core/organizations/members';
import {
  acceptInvitation,
  inviteMember,
  listInvitations,
  lookupInvitation,
  revokeInvitation,
} from '@socialseed/core/organizations/invitations';
import type { MemberView } from '@socialseed/core/ports/entities';
import type { ServerContext } from '../../server-context';
import { authenticate, authorize } from '../../http/authenticate';
import { originOf } from '../../http/request-origin';
import { idParams, noContent, pageOf, paginationQuery } from '../../http/schemas';
import {
  acceptInviteBody,
  invitation,
  invitationLookup,
  invitationLookupQuery,
  inviteMemberBody,
  member,
  organizationSummary,
  updateMemberBody,
} from './organizations.schema';

const tags = ['organizations'];

const toMember = (view: MemberView) => ({
  id: view.id,
  userId: view.userId,
  name: view.name,
  email: view.email,
  role: view.role,
  joinedAt: view.createdAt,
});

/** Members and invitations of the request's organization (mounted under /organizations). */
export function membersRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/members', { schema: { tags, querystring: paginationQuery, response: { 200: pageOf(member) } } }, async (request) => {
      const actor = await authorize(context, request, 'members.read');
      const page = await listMembers(context.core, actor, request.query);
      return { ...page, items: page.items.map(toMember) };
    });

    app.post(
      '/members/invite',
      { schema: { tags, body: inviteMemberBody, response: { 201: z.object({ invitation }) } } },
      async (request, reply) => {
        const actor = await authorize(context, request, 'members.invite');
        return reply.status(201).send({ invitation: await inviteMember(context.core, actor, request.body) });
      },
    );

    app.put(
      '/members/:id',
      { schema: { tags, params: idParams, body: updateMemberBody, response: { 200: z.object({ member }) } } },
      async (request) => {
        const actor = await authorize(context, request, 'members.update');
        return { member: toMember(await updateMemberRole(context.core, actor, request.params.id, request.body.role)) };
      },
    );

    app.delete('/members/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      // Leaving is allowed to every role; removing others is checked inside the use case.
      const actor = await authorize(context, request, 'members.read');
      await removeMember(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });

    app.get('/invitations', { schema: { tags, querystring: paginationQuery, response: { 200: pageOf(invitation) } } }, async (request) => {
      const actor = await authorize(context, request, 'invitations.read');
      return listInvitations(context.core, actor, request.query);
    });

    app.delete('/invitations/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'invitations.revoke');
      await revokeInvitation(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });

    app.get(
      '/invitations/lookup',
      { schema: { tags, querystring: invitationLookupQuery, response: { 200: invitationLookup } } },
      async (request) => lookupInvitation(context.core, request.query.token),
    );

    app.post(
      '/accept-invite',
      { schema: { tags, body: acceptInviteBody, response: { 200: z.object({ organization: organizationSummary }) } } },
      async (request) => {
        const principal = await authenticate(context, request);
        return { organization: await acceptInvitation(context.core, principal.userId, request.body.token, originOf(request)) };
      },
    );
  };
}

import { z } from 'zod';
import { apiCommand, apiRequest } from './http-client.ts';
import { organizationSummarySchema } from './schemas/auth.ts';
import { maxPageSize, paginated, type Role } from './schemas/common.ts';
import {
  acceptedInvitationSchema,
  createdOrganizationSchema,
  currentOrganizationSchema,
  invitationLookupSchema,
  invitationSchema,
  memberSchema,
  organizationSchema,
} from './schemas/organization.ts';

const allItems = { page: 1, limit: maxPageSize };

export async function listOrganizations() {
  const result = await apiRequest('/organizations', paginated(organizationSummarySchema), { query: allItems });
  return result.items;
}

export async function createOrganization(name: string) {
  const result = await apiRequest('/organizations', createdOrganizationSchema, { method: 'POST', body: { name } });
  return result.organization;
}

export function getCurrentOrganization() {
  return apiRequest('/organizations/current', currentOrganizationSchema);
}

export async function updateOrganization(changes: { name?: string; requireApproval?: boolean }) {
  const schema = z.object({ organization: organizationSchema });
  const result = await apiRequest('/organizations', schema, { method: 'PUT', body: changes });
  return result.organization;
}

export async function listMembers() {
  const result = await apiRequest('/organizations/members', paginated(memberSchema), { query: allItems });
  return result.items;
}

export function changeMemberRole(membershipId: string, role: Role) {
  return apiRequest(`/organizations/members/${encodeURIComponent(membershipId)}`, z.object({ member: memberSchema }), {
    method: 'PUT',
    body: { role },
  });
}

export function removeMember(membershipId: string) {
  return apiCommand(`/organizations/members/${encodeURIComponent(membershipId)}`, { method: 'DELETE' });
}

export async function inviteMember(input: { email: string; role: Role }) {
  const schema = z.object({ invitation: invitationSchema });
  const result = await apiRequest('/organizations/members/invite', schema, { method: 'POST', body: input });
  return result.invitation;
}

export async function listInvitations() {
  const result = await apiRequest('/organizations/invitations', paginated(invitationSchema), { query: allItems });
  return result.items;
}

export function revokeInvitation(invitationId: string) {
  return apiCommand(`/organizations/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
}

export function lookupInvitation(token: string) {
  return apiRequest('/organizations/invitations/lookup', invitationLookupSchema, {
    query: { token },
    authenticated: false,
  });
}

export async function acceptInvitation(token: string) {
  const result = await apiRequest('/organizations/accept-invite', acceptedInvitationSchema, {
    method: 'POST',
    body: { token },
  });
  return result.organization;
}

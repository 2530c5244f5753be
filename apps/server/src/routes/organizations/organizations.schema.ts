import { z } from 'zod';
import { roleSchema } from '@socialseed/core/organizations/organization.schemas';
import { timestamp } from '../../http/schemas';

export {
  createOrganizationSchema as createOrganizationBody,
  updateOrganizationSchema as updateOrganizationBody,
  inviteMemberSchema as inviteMemberBody,
  updateMemberSchema as updateMemberBody,
} from '@socialseed/core/organizations/organization.schemas';

const plan = z.enum(['free', 'pro', 'enterprise']);

export const organizationSummary = z.object({ id: z.uuid(), name: z.string(), slug: z.string(), plan, role: roleSchema });

export const organization = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  plan,
  maxUsers: z.number().int(),
  maxSocialAccounts: z.number().int(),
  requireApproval: z.boolean(),
  createdAt: timestamp,
});

export const member = z.object({
  id: z.uuid().describe('Membership id'),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  joinedAt: timestamp,
});

export const invitation = z.object({ id: z.uuid(), email: z.string(), role: roleSchema, expiresAt: timestamp, createdAt: timestamp });

export const invitationLookupQuery = z.object({ token: z.string().min(10).max(200) });
export const invitationLookup = z.object({ organizationName: z.string(), email: z.string(), role: roleSchema, expiresAt: timestamp });
export const acceptInviteBody = z.object({ token: z.string().min(10).max(200) }).strict();

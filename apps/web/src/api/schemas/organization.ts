import { z } from 'zod';
import { organizationSummarySchema } from './auth.ts';
import { roleSchema } from './common.ts';

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  plan: z.string(),
  maxUsers: z.number().nullable(),
  maxSocialAccounts: z.number().nullable(),
  requireApproval: z.boolean(),
  createdAt: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const currentOrganizationSchema = z.object({ organization: organizationSchema, role: roleSchema });
export type CurrentOrganization = z.infer<typeof currentOrganizationSchema>;

export const memberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationLookupSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: roleSchema,
});
export type InvitationLookup = z.infer<typeof invitationLookupSchema>;

export const createdOrganizationSchema = z.object({
  organization: z.object({ id: z.string(), name: z.string() }),
});
export const acceptedInvitationSchema = z.object({ organization: organizationSummarySchema });

import { z } from 'zod';
import { emailSchema, organizationNameSchema } from '../auth/auth.schemas';
import { roles } from './roles';

export const roleSchema = z.enum(roles);

export const createOrganizationSchema = z.object({ name: organizationNameSchema }).strict();

export const updateOrganizationSchema = z
  .object({
    name: organizationNameSchema.optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'Use 1–48 lowercase letters, digits and dashes')
      .optional(),
    requireApproval: z.boolean().optional(),
  })
  .strict();
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationSchema>;

export const inviteMemberSchema = z.object({ email: emailSchema, role: roleSchema }).strict();
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const updateMemberSchema = z.object({ role: roleSchema }).strict();

import { z } from 'zod';
import { roleSchema } from './common.ts';

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const organizationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  plan: z.string(),
  role: roleSchema,
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

export const sessionSchema = z.object({
  accessToken: z.string(),
  expiresIn: z.number(),
  user: userSchema,
  organizations: z.array(organizationSummarySchema),
});
export type Session = z.infer<typeof sessionSchema>;

import { z } from 'zod';
import { emailSchema, passwordSchema, secretTokenSchema } from '@socialseed/core/auth/auth.schemas';
import { timestamp } from '../../http/schemas';
import { organizationSummary } from '../organizations/organizations.schema';

export { registerSchema as registerBody, loginSchema as loginBody } from '@socialseed/core/auth/auth.schemas';

export const publicUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
  createdAt: timestamp,
});

export const sessionResponse = z.object({
  accessToken: z.string(),
  expiresIn: z.number().int().describe('Seconds until the access token expires'),
  user: publicUser,
  organizations: z.array(organizationSummary),
});

export const forgotPasswordBody = z.object({ email: emailSchema }).strict();
export const resetPasswordBody = z.object({ token: secretTokenSchema, password: passwordSchema }).strict();
export const verifyEmailBody = z.object({ token: secretTokenSchema }).strict();

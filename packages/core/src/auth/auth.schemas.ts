import { z } from 'zod';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Must be a valid email address')).pipe(z.string().max(254));
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(256, 'Use at most 256 characters');
export const personNameSchema = z.string().trim().min(1, 'Must not be empty').max(120);
export const organizationNameSchema = z.string().trim().min(1, 'Must not be empty').max(120);
export const secretTokenSchema = z.string().min(10).max(200);

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: personNameSchema,
  organizationName: organizationNameSchema.optional(),
  inviteToken: secretTokenSchema.optional(),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(256),
});
export type LoginInput = z.infer<typeof loginSchema>;

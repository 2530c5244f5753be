import { z } from 'zod';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { passwordSchema, personNameSchema } from '../auth/auth.schemas';
import { toPublicUser } from '../auth/session-result';
import type { CoreDeps } from '../deps';
import type { RequestOrigin } from '../shared/actor';

export const updateProfileSchema = z
  .object({
    name: personNameSchema.optional(),
    currentPassword: z.string().min(1).max(256).optional(),
    newPassword: passwordSchema.optional(),
  })
  .strict()
  .refine((input) => !input.newPassword || input.currentPassword, {
    message: 'Enter your current password to set a new one',
    path: ['currentPassword'],
  });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export async function getProfile(deps: Pick<CoreDeps, 'uow'>, userId: string) {
  const user = await deps.uow.users.findById(userId);
  if (!user) throw AppError.notFound('User');
  return toPublicUser(user);
}

/** Changes the name and/or password; a password change needs the current password. */
export async function updateProfile(deps: CoreDeps, userId: string, input: UpdateProfileInput, origin: RequestOrigin) {
  const user = await deps.uow.users.findById(userId);
  if (!user) throw AppError.notFound('User');
  let passwordHash: string | undefined;
  if (input.newPassword) {
    if (!input.currentPassword || !(await deps.passwords.verify(user.passwordHash, input.currentPassword))) {
      throw AppError.invalid([{ field: 'currentPassword', message: 'Current password is incorrect' }]);
    }
    passwordHash = await deps.passwords.hash(input.newPassword);
  }
  const updated = await deps.uow.transaction(async (repos) => {
    const next = await repos.users.update(userId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(passwordHash ? { passwordHash } : {}),
    });
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: userId,
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: userId,
      before: { name: user.name },
      after: { name: next.name, ...(passwordHash ? { password: 'changed' } : {}) },
    });
    return next;
  });
  return toPublicUser(updated);
}

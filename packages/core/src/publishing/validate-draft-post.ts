import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import { platformLabels } from './platforms';
import { platformLimits } from './rules/platform-rules';
import { validatePost, type PostValidation, type ValidatePostInput } from './rules/validate-post-text';

export interface ValidateDraftInput extends Omit<ValidatePostInput, 'limits'> {
  /** The account the post will go to: its own server's limits apply (a Mastodon server's 5000 characters). */
  accountId?: string;
}

/**
 * The composer's check of a draft. Without an account the platform's defaults apply; with one,
 * the limits its server announced when it was connected or last synced.
 */
export async function validateDraftPost(deps: { uow: UnitOfWork }, actor: Actor, input: ValidateDraftInput): Promise<PostValidation> {
  assertCan(actor.role, 'posts.read');
  const { accountId, ...draft } = input;
  if (accountId === undefined) return validatePost(draft);
  const account = await deps.uow.socialAccounts.findById(actor.organizationId, accountId);
  if (!account) throw AppError.invalid([{ field: 'accountId', message: 'No such social account in this organization' }]);
  if (account.platform !== draft.platform) {
    throw AppError.invalid(
      [{ field: 'platform', message: `The account is on ${platformLabels[account.platform]}, not ${platformLabels[draft.platform]}` }],
      `That account is on ${platformLabels[account.platform]}; check the post against ${platformLabels[account.platform]}'s rules.`,
    );
  }
  const mastodonInstance = account.platform === 'mastodon' ? account.instanceLimits : null;
  return validatePost({ ...draft, limits: platformLimits(draft.platform, mastodonInstance ? { mastodonInstance } : {}) });
}

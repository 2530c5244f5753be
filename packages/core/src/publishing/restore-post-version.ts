import { z } from 'zod';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import { createPostSchema, type PostWithTargets } from './post';
import { assertStatus, EDITABLE_STATUSES, loadPostForUpdate } from './post-access';
import { applyEdit } from './update-post';

/**
 * A version's snapshot read back as content. Older snapshots lack fields added since (overrides),
 * which then take create's defaults: that is what the post had at the time.
 */
const versionContentSchema = z.object(createPostSchema.shape).omit({ brandId: true });

/**
 * Makes an old version's content current again — text, media, tags, priority, accounts and
 * overrides — as a new version, under the same rules as an edit (only editable statuses;
 * approval is lost unless the restorer may approve). An account disconnected since is not
 * silently dropped: the restore is refused naming `accountIds`, so nobody loses a destination
 * without seeing it.
 */
export async function restorePostVersion(deps: { uow: UnitOfWork }, actor: Actor, postId: string, version: number): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => {
    const before = await loadPostForUpdate(repos, actor, postId);
    assertStatus(before, EDITABLE_STATUSES, 'edit');
    const entry = (await repos.posts.listVersions(before.id)).find((candidate) => candidate.version === version);
    if (!entry) throw AppError.notFound('Version');
    const parsed = versionContentSchema.safeParse(entry.snapshot);
    if (!parsed.success) {
      throw new AppError('CONFLICT', { message: `Version ${version} has no restorable content`, userMessage: `Version ${version} cannot be restored.` });
    }
    const content = parsed.data;
    let gone = 0;
    for (const accountId of content.accountIds) {
      const account = await repos.socialAccounts.findById(actor.organizationId, accountId);
      if (!account || account.brandId !== before.brandId) gone++;
    }
    if (gone > 0) {
      const accounts = gone === 1 ? 'One account it was going to was' : `${gone} accounts it was going to were`;
      const message = `${accounts} disconnected since version ${version}; connect ${gone === 1 ? 'it' : 'them'} again, or edit the post instead`;
      throw AppError.invalid([{ field: 'accountIds', message }], message);
    }
    return applyEdit(repos, actor, before, content, { action: 'post.restored', details: { restoredVersion: version } });
  });
}

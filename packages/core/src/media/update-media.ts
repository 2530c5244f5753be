import { z } from 'zod';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { MediaAssetRecord } from './media-asset';

/** Mastodon's description limit (1,500) is the tightest of the platforms that take alt text. */
export const MAX_ALT_TEXT = 1500;

export const updateMediaSchema = z
  .object({
    /** Empty or null removes it. */
    altText: z.string().trim().max(MAX_ALT_TEXT).nullable(),
  })
  .strict();
export type UpdateMediaInput = z.infer<typeof updateMediaSchema>;

/** Sets what an image shows in words, sent with it to every platform as alt text. */
export async function updateMedia(deps: { uow: UnitOfWork }, actor: Actor, mediaId: string, input: UpdateMediaInput): Promise<MediaAssetRecord> {
  assertCan(actor.role, 'media.upload');
  return deps.uow.transaction(async (repos) => {
    const before = await repos.media.findById(actor.organizationId, mediaId);
    if (!before) throw AppError.notFound('Media');
    const after = await repos.media.updateAltText(actor.organizationId, mediaId, input.altText || null);
    if (!after) throw AppError.notFound('Media');
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'media.updated',
      entityType: 'media',
      entityId: mediaId,
      before: { altText: before.altText },
      after: { altText: after.altText },
    });
    return after;
  });
}

import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { MediaUse } from './media-asset';

function describeUse(use: MediaUse): string {
  return use.kind === 'brand_logo' ? `the logo of brand "${use.label}"` : `a ${use.label.replace('_', ' ')} post`;
}

/** 409 naming every use, so the user can detach it first; nothing is silently broken. */
function inUse(uses: MediaUse[]): AppError {
  const shown = uses.slice(0, 3).map(describeUse).join(', ');
  const more = uses.length > 3 ? ` and ${uses.length - 3} more` : '';
  return new AppError('CONFLICT', {
    message: `Media is in use by ${uses.length} item(s)`,
    userMessage: `This image is still used by ${shown}${more}. Remove it there first.`,
    details: { uses },
  });
}

/**
 * Deletes an asset and its bytes. Refused while a brand shows it as its logo or a post that may
 * still be delivered (anything not published or cancelled) refers to it, since delivery reads
 * the bytes at send time; published posts already carry their copy on the platform.
 */
export async function deleteMedia(deps: Pick<CoreDeps, 'uow'>, actor: Actor, mediaId: string): Promise<void> {
  assertCan(actor.role, 'media.upload');
  await deps.uow.transaction(async (repos) => {
    // Locked first, so a post attaching it at this moment is either seen as a use or refused.
    const media = await repos.media.findById(actor.organizationId, mediaId, 'update');
    if (!media) throw AppError.notFound('Media');
    const uses = await repos.media.findUses(actor.organizationId, media.id);
    if (uses.length > 0) throw inUse(uses);
    await repos.media.delete(actor.organizationId, media.id);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'media.deleted',
      entityType: 'media',
      entityId: media.id,
      before: { mimeType: media.mimeType, sizeBytes: media.sizeBytes, sha256: media.sha256, originalName: media.originalName },
    });
  });
}

import { AppError } from '../errors';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { MediaAssetRecord } from './media-asset';

/**
 * An asset and its bytes, only inside the actor's organization: another organization's id is
 * "not found", so media ids never reveal what exists elsewhere.
 */
export async function readMedia(deps: Pick<CoreDeps, 'uow'>, actor: Actor, mediaId: string): Promise<{ media: MediaAssetRecord; bytes: Buffer }> {
  assertCan(actor.role, 'media.read');
  const media = await deps.uow.media.findById(actor.organizationId, mediaId);
  const bytes = media ? await deps.uow.media.readBytes(actor.organizationId, media.id) : null;
  if (!media || !bytes) throw AppError.notFound('Media');
  return { media, bytes };
}

/** An asset's metadata (no bytes), only inside the actor's organization. */
export async function getMedia(deps: Pick<CoreDeps, 'uow'>, actor: Actor, mediaId: string): Promise<MediaAssetRecord> {
  assertCan(actor.role, 'media.read');
  const media = await deps.uow.media.findById(actor.organizationId, mediaId);
  if (!media) throw AppError.notFound('Media');
  return media;
}

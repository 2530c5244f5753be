import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { Page, Pagination } from '../shared/pagination';
import type { MediaAssetRecord, MediaStorageUsage } from './media-asset';

/** The organization's media library, newest first. */
export async function listMedia(deps: Pick<CoreDeps, 'uow'>, actor: Actor, pagination: Pagination): Promise<Page<MediaAssetRecord>> {
  assertCan(actor.role, 'media.read');
  return deps.uow.media.list(actor.organizationId, pagination);
}

/** How much the organization stores (bytes as uploaded; renditions are never stored). */
export async function mediaStorageUsage(deps: Pick<CoreDeps, 'uow'>, actor: Actor): Promise<MediaStorageUsage> {
  assertCan(actor.role, 'media.read');
  return deps.uow.media.usage(actor.organizationId);
}

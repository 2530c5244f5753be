import type { Repositories } from '../../ports/repositories';
import type { PublishRequest } from '../../ports/social-provider';
import type { PostRecord, TargetRecord } from '../post';

/**
 * What the target sends, before any platform adaptation: its own text and media when it has
 * them (null means the post's), with the media's bytes loaded. Media that was deleted meanwhile
 * is left out rather than failing the post.
 */
export async function buildRequest(repos: Repositories, post: PostRecord, target: TargetRecord): Promise<PublishRequest> {
  const media = [];
  for (const mediaId of target.mediaIds ?? post.mediaIds) {
    const [asset, bytes] = await Promise.all([repos.media.findById(post.organizationId, mediaId), repos.media.readBytes(post.organizationId, mediaId)]);
    if (asset && bytes) media.push({ bytes, mimeType: asset.mimeType, altText: asset.altText ?? '' });
  }
  // The target id is stable across attempts: platforms with idempotency keys dedupe on it.
  return { text: target.text ?? post.text, media, replyToPlatformPostId: null, idempotencyKey: target.id, labels: post.labels ? { tone: post.labels.tone, format: post.labels.format } : null };
}

import { AppError } from '../errors';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import { planImageFit } from '../publishing/delivery/plan-image-fit';
import { platformLabels, type Platform } from '../publishing/platforms';
import { platformLimits } from '../publishing/rules/platform-rules';
import type { Actor } from '../shared/actor';
import { getMedia, readMedia } from './read-media';

/** What one platform would receive for an asset. */
export interface MediaRendition {
  platform: Platform;
  mimeType: string;
  width: number;
  height: number;
  sizeBytes: number;
  /** False when the platform gets the uploaded bytes untouched. */
  changed: boolean;
  /** Why delivery would refuse the image on this platform (then the other fields describe the original); null when it is sent. */
  problem: string | null;
}

/**
 * Reports, per platform, the image delivery would send: the same planning (planImageFit with the
 * platform's rules) and the same processor as delivery. Nothing is stored, because delivery fits
 * images at send time and rules change; this is a preview. Mastodon uses its default limits,
 * since a server's own limits are only known per connected account.
 *
 * A video is refused as a whole (400 naming `id`) rather than with a `problem` per platform:
 * nothing is sent anywhere yet, so there is no per-platform answer to give, and its bytes (up to
 * 100 MiB) are not even read.
 */
export async function optimizeMedia(
  deps: Pick<CoreDeps, 'uow' | 'images'>,
  actor: Actor,
  mediaId: string,
  requested: readonly Platform[],
): Promise<{ renditions: MediaRendition[] }> {
  assertCan(actor.role, 'media.upload');
  if ((await getMedia(deps, actor, mediaId)).kind === 'video') {
    throw AppError.invalid([{ field: 'id', message: 'Video renditions are not produced yet' }], 'Socialseed does not prepare videos for the networks yet.');
  }
  const { media, bytes } = await readMedia(deps, actor, mediaId);
  const info = await deps.images.inspect(bytes);
  const original = { mimeType: media.mimeType, width: info?.width ?? media.width ?? 0, height: info?.height ?? media.height ?? 0, sizeBytes: bytes.length };
  const renditions: MediaRendition[] = [];
  for (const platform of new Set(requested)) {
    if (!info) {
      renditions.push({ platform, ...original, changed: false, problem: 'The image could not be decoded' });
      continue;
    }
    const plan = planImageFit(info, bytes.length, platformLimits(platform));
    if (plan.action === 'keep') {
      renditions.push({ platform, ...original, changed: false, problem: null });
      continue;
    }
    if (plan.action === 'refuse') {
      renditions.push({ platform, ...original, changed: false, problem: plan.reason });
      continue;
    }
    const encoded = await deps.images.encode(bytes, plan.encoding);
    renditions.push(
      encoded
        ? { platform, mimeType: encoded.mimeType, width: encoded.width, height: encoded.height, sizeBytes: encoded.bytes.length, changed: true, problem: null }
        : { platform, ...original, changed: false, problem: `The image cannot be made small enough for ${platformLabels[platform]} (${plan.encoding.maxBytes} bytes)` },
    );
  }
  return { renditions };
}

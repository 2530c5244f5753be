import type { ImageProcessor } from '../../ports/image-processor';
import type { TargetsRepository } from '../../ports/publishing-repositories';
import { isProviderError, type AccountContext, type ProviderError, type PublishedPost, type PublishRequest, type SocialProvider } from '../../ports/social-provider';
import type { Clock } from '../../shared/clock';
import type { TargetRecord, ThreadPartProgress } from '../post';
import type { PlatformLimits } from '../rules/platform-limits';
import { adaptMedia } from './adapt-media';
import { planParts, type PartPlan } from './plan-parts';

export interface PartsDeps {
  uow: { targets: Pick<TargetsRepository, 'saveThreadProgress'> };
  clock: Clock;
  images: ImageProcessor;
}

export interface PartsInput {
  /** As claimed for this attempt: its status says whether the last attempt's outcome is unknown. */
  target: TargetRecord;
  claimToken: string;
  /** The whole target (buildRequest): its text is split into the parts, its media go on the first. */
  request: PublishRequest;
  limits: PlatformLimits;
  provider: Pick<SocialProvider, 'findPublished'>;
  context: AccountContext;
}

/** Sends one part to the platform (the engine wraps publish with its token refresh). */
export type SendPart = (part: PublishRequest) => Promise<PublishedPost>;

/**
 * Where an attempt stands after checking the platform: either the next part's fate could not be
 * checked (`unverified`: the outcome stays unknown, nothing may be sent), or the remaining parts
 * are ready to go.
 */
export type PartsResume = { unverified: ProviderError } | { unverified: null; sendRest(send: SendPart): Promise<PublishedPost> };

function partRequest(parts: PartPlan[], index: number, media: PublishRequest['media'], previous: ThreadPartProgress | undefined, labels: PublishRequest['labels'] = null): PublishRequest {
  // planParts never returns an empty list and callers stay below its length.
  const part = parts[index] as PartPlan;
  return { text: part.text, media, replyToPlatformPostId: previous?.platformPostId ?? null, idempotencyKey: part.idempotencyKey, labels };
}

/**
 * Delivers a target's parts in order, exactly once each. A single post is the one-part case and
 * behaves as delivery always did. For a thread, every part answers the previous one, images go on
 * the first, and each accepted part is saved under the claim before the next is sent, so a retry
 * (after a failure or a crash) continues with the first part not saved. When the last attempt
 * ended without an answer (`verifying`), only that next part is looked for on the platform: found,
 * it is saved as sent; not found, it is sent.
 */
export async function resumeParts(deps: PartsDeps, input: PartsInput): Promise<PartsResume> {
  const { target, claimToken, request, limits } = input;
  const parts = planParts(target, request.text, limits);
  const isThread = parts.length > 1;
  let progress: ThreadPartProgress[] = isThread ? [...(target.threadProgress ?? [])] : [];
  let lastPublishedAt: Date | null = null;
  let found: PublishedPost | null = null;
  let claimHeld = true;

  const save = async (part: PublishedPost) => {
    progress = [...progress, { platformPostId: part.platformPostId, url: part.url }];
    lastPublishedAt = part.publishedAt;
    claimHeld = await deps.uow.targets.saveThreadProgress(target.id, claimToken, progress, deps.clock.now());
  };

  if (target.status === 'verifying' && progress.length < parts.length) {
    const since = new Date((target.firstAttemptAt ?? target.scheduledAt ?? deps.clock.now()).getTime() - 60_000);
    try {
      // Media are left as stored (no lookup compares them, and fitting them costs time); only part 1 carries media.
      const media = progress.length === 0 ? request.media : [];
      found = await input.provider.findPublished(input.context, partRequest(parts, progress.length, media, progress.at(-1), request.labels), since);
    } catch (error) {
      if (!isProviderError(error)) throw error;
      return { unverified: error };
    }
    if (found && isThread) await save(found);
  }

  return {
    unverified: null,
    async sendRest(send) {
      if (!isThread) {
        if (found) return found;
        return send(partRequest(parts, 0, await adaptMedia(deps.images, request.media, limits), undefined, request.labels));
      }
      // A worker that lost its claim stops: the new claimant looks for the part this one sent.
      for (let index = progress.length; index < parts.length && claimHeld; index++) {
        const media = index === 0 ? await adaptMedia(deps.images, request.media, limits) : [];
        await save(await send(partRequest(parts, index, media, progress.at(-1), request.labels)));
      }
      // The thread is the first part's address; it was complete when its last part was accepted.
      const first = progress[0] as ThreadPartProgress; // a thread has parts, and each loop pass saved one
      return { platformPostId: first.platformPostId, url: first.url, publishedAt: lastPublishedAt ?? deps.clock.now() };
    },
  };
}

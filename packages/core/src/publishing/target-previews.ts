import { AppError, type FieldIssue } from '../errors';
import type { Repositories } from '../ports/repositories';
import { platformLabels, type Platform } from './platforms';
import type { PostRecord, TargetRecord, TargetStatus } from './post';
import type { PostIssue, PostMediaInput } from './rules/validate-post-text';
import { checkContent, targetContentOf, type ContentPart } from './target-content';
import { limitsForAccount } from './account-limits';

/** What one target will send, and whether its platform would take it. */
export interface TargetPreview {
  targetId: string;
  accountId: string;
  platform: Platform;
  handle: string;
  parts: ContentPart[];
  mediaIds: string[];
  valid: boolean;
  issues: PostIssue[];
}

/** Targets whose content can still change what is sent (nothing has reached the platform). */
const UNSENT: readonly TargetStatus[] = ['pending', 'scheduled', 'retrying', 'held'];

/**
 * Previews every target of a post, in the post's target order. Media are described as delivery
 * sends them (with the alt text written for the upload, as in delivery's build-request).
 */
export async function previewTargets(repos: Repositories, post: PostRecord, targets: TargetRecord[]): Promise<TargetPreview[]> {
  const mediaCache = new Map<string, PostMediaInput | null>();
  const mediaOf = async (mediaId: string) => {
    if (!mediaCache.has(mediaId)) {
      const asset = await repos.media.findById(post.organizationId, mediaId);
      mediaCache.set(
        mediaId,
        asset ? { mimeType: asset.mimeType, sizeBytes: asset.sizeBytes, width: asset.width ?? undefined, height: asset.height ?? undefined, altText: asset.altText ?? '' } : null,
      );
    }
    return mediaCache.get(mediaId) ?? null;
  };
  const previews: TargetPreview[] = [];
  for (const target of targets) {
    const account = await repos.socialAccounts.findById(post.organizationId, target.socialAccountId);
    const content = targetContentOf(post, target);
    // One at a time: inside a transaction every query shares one connection.
    const media: PostMediaInput[] = [];
    for (const mediaId of content.mediaIds) {
      const item = await mediaOf(mediaId);
      if (item) media.push(item);
    }
    const check = checkContent(content, media, limitsForAccount(account ?? { platform: target.platform, instanceLimits: null }));
    previews.push({
      targetId: target.id,
      accountId: target.socialAccountId,
      platform: target.platform,
      handle: account?.handle ?? '',
      parts: check.parts,
      mediaIds: content.mediaIds,
      valid: check.valid,
      issues: check.issues,
    });
  }
  return previews;
}

/** `text` and `parts.1.text` → `targets.0.text`; `media.2.sizeBytes` → `targets.0.mediaIds.2`. */
function targetField(index: number, issueField: string): string {
  const media = /^media(?:\.(\d+))?/.exec(issueField);
  if (media) return media[1] === undefined ? `targets.${index}.mediaIds` : `targets.${index}.mediaIds.${media[1]}`;
  return `targets.${index}.text`;
}

/** "@handle on X: 312 / 280 characters", or the rule's own sentence for anything but length. */
export function describeTargetIssue(preview: Pick<TargetPreview, 'handle' | 'platform' | 'parts'>, issue: PostIssue): string {
  const who = `@${preview.handle.replace(/^@/, '')} on ${platformLabels[preview.platform]}`;
  const partIndex = /^parts\.(\d+)\./.exec(issue.field)?.[1];
  const part = partIndex === undefined ? undefined : preview.parts[Number(partIndex)];
  const where = part && preview.parts.length > 1 ? `${who}, part ${Number(partIndex) + 1} of ${preview.parts.length}` : who;
  const measured = part ?? preview.parts[0];
  if (issue.code === 'TEXT_TOO_LONG' && measured) return `${where}: ${measured.length} / ${measured.limit} characters`;
  return `${where}: ${issue.message}`;
}

/**
 * Refuses (400) a post one of whose unsent targets its platform would refuse, naming each target
 * field (`targets.<index>.text`, index in the post's target order) and the account.
 */
export function assertTargetsPublishable(targets: TargetRecord[], previews: TargetPreview[]): void {
  const issues: FieldIssue[] = previews.flatMap((preview, index) =>
    UNSENT.includes(targets[index]?.status ?? 'pending') ? preview.issues.map((issue) => ({ field: targetField(index, issue.field), message: describeTargetIssue(preview, issue) })) : [],
  );
  if (issues.length > 0) {
    throw AppError.invalid(issues, `A network would refuse this post: ${issues.map((issue) => issue.message).join('; ')}`);
  }
}

import type { PostRecord, TargetRecord } from './post';
import type { PlatformLimits } from './rules/platform-limits';
import { textsToDeliver } from './rules/thread-for-platform';
import { validatePost, type PostIssue, type PostMediaInput } from './rules/validate-post-text';

/**
 * What one target sends: its own text and media where it overrides them, the post's otherwise.
 * Preview, scheduling checks and import all read a target's content through here, so what is
 * checked is what is sent.
 */
export interface TargetContent {
  text: string;
  mediaIds: string[];
  asThread: boolean;
}

export function targetContentOf(post: Pick<PostRecord, 'text' | 'mediaIds'>, target: Pick<TargetRecord, 'text' | 'mediaIds' | 'asThread'>): TargetContent {
  return { text: target.text ?? post.text, mediaIds: target.mediaIds ?? post.mediaIds, asThread: target.asThread };
}

/** One post as the platform receives it; a thread has several. */
export interface ContentPart {
  text: string;
  /** In the platform's own unit (X: weighted characters). */
  length: number;
  limit: number;
}

export interface ContentCheck {
  parts: ContentPart[];
  valid: boolean;
  /** Text issues of a thread name their part (`parts.1.text`); media issues keep `media…`. */
  issues: PostIssue[];
}

/** Problems of a still image that re-encoding removes: its size, and its type where the type is not sent. */
const fittedBySize = new Set(['MEDIA_TOO_LARGE', 'MEDIA_TOO_MANY_PIXELS']);
const fittedByType = new Set(['MEDIA_TYPE_NOT_ALLOWED', 'MEDIA_MUST_BE_ALONE']);

/**
 * Whether the platform would still refuse an image after delivery fits it. Delivery re-encodes a
 * still image that is too large or too big in pixels, and one of a type the platform is not sent
 * (e.g. a GIF for X), into a JPEG or PNG it takes (delivery/plan-image-fit.ts), so those are no
 * reason to refuse the post. An animated image, which delivery refuses to flatten, cannot be
 * told apart here (uploads do not record it): that target fails at delivery with the reason.
 */
function stillRefused(issue: PostIssue, media: PostMediaInput[], limits: PlatformLimits): boolean {
  const item = media[Number(/^media\.(\d+)\./.exec(issue.field)?.[1] ?? Number.NaN)];
  const { sendTypes } = limits.imageFit;
  const reencodable = item !== undefined && item.mimeType.startsWith('image/') && (sendTypes.includes('image/jpeg') || sendTypes.includes('image/png'));
  if (!reencodable) return true;
  if (fittedBySize.has(issue.code)) return false;
  return !(fittedByType.has(issue.code) && !sendTypes.includes(item.mimeType));
}

/**
 * Would the platform take this content? A thread target whose text is too long for one post is
 * split into numbered parts, each checked on its own (so it passes when every part fits); its
 * media go with the first part and are checked once. Anything else is checked as one post. Image
 * problems delivery fixes by re-encoding are left out (see `stillRefused`).
 */
export function checkContent(content: Pick<TargetContent, 'text' | 'asThread'>, media: PostMediaInput[], limits: PlatformLimits): ContentCheck {
  const platform = limits.platform;
  const keep = (issue: PostIssue) => stillRefused(issue, media, limits);
  const texts = textsToDeliver(content, limits);
  if (texts.length === 1) {
    const validation = validatePost({ platform, text: content.text, media, limits });
    const issues = validation.issues.filter(keep);
    return { parts: [{ text: content.text, length: validation.length, limit: validation.limit }], valid: issues.length === 0, issues };
  }
  const parts = texts.map((text, index) => ({ text, validation: validatePost({ platform, text, media: index === 0 ? media : [], limits }) }));
  const issues = parts.flatMap(({ validation }, index) =>
    validation.issues.filter(keep).map((issue) => (issue.field === 'text' ? { ...issue, field: `parts.${index}.text` } : issue)),
  );
  return {
    parts: parts.map(({ text, validation }) => ({ text, length: validation.length, limit: validation.limit })),
    valid: issues.length === 0,
    issues,
  };
}

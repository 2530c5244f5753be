import { platformLabels, type Platform } from '../platforms';
import { detectBlueskyFacets } from './bluesky-facets';
import { utf8Length } from './grapheme-length';
import { maxBytesFor, type PlatformLimits } from './platform-limits';
import { platformLimits } from './platform-rules';

/** An attachment as the composer knows it before upload. */
export interface PostMediaInput {
  mimeType: string;
  sizeBytes: number;
  width?: number;
  height?: number;
  altText?: string;
}

export interface ValidatePostInput {
  platform: Platform;
  text: string;
  media?: PostMediaInput[];
  /** The target's limits when they are not the platform's defaults (a Mastodon server's own). */
  limits?: PlatformLimits;
}

export type PostIssueCode =
  | 'TEXT_EMPTY'
  | 'TEXT_TOO_LONG'
  | 'TEXT_TOO_MANY_BYTES'
  | 'TEXT_INVALID_CHARACTERS'
  | 'TOO_MANY_HASHTAGS'
  | 'TOO_MANY_MEDIA'
  | 'MEDIA_TYPE_NOT_ALLOWED'
  | 'MEDIA_VIDEO_NOT_SUPPORTED'
  | 'MEDIA_TOO_LARGE'
  | 'MEDIA_TOO_MANY_PIXELS'
  | 'MEDIA_MUST_BE_ALONE'
  | 'MEDIA_ALT_TEXT_REQUIRED'
  | 'MEDIA_ALT_TEXT_TOO_LONG';

/** One reason the platform would refuse the post; `field` is a dotted path like `media.2.sizeBytes`. */
export interface PostIssue {
  code: PostIssueCode;
  message: string;
  field: string;
}

export interface PostValidation {
  valid: boolean;
  /** The text's length in the platform's unit (X: weighted characters). */
  length: number;
  limit: number;
  issues: PostIssue[];
}

const MiB = 1024 * 1024;
const formatBytes = (bytes: number) =>
  bytes % MiB === 0 ? `${bytes / MiB} MB` : `${Math.round(bytes / 100_000) / 10} MB`;
const invalidXCharacters = /[\uFFFE\uFEFF\uFFFF]/;

function textIssues(text: string, length: number, limits: PlatformLimits, hasMedia: boolean): PostIssue[] {
  const name = platformLabels[limits.platform];
  const issues: PostIssue[] = [];
  const issue = (code: PostIssueCode, message: string) => issues.push({ code, message, field: 'text' });
  if (text.trim() === '' && !hasMedia) issue('TEXT_EMPTY', 'Write something or attach an image.');
  if (length > limits.maxLength) {
    const how = limits.lengthUnit === 'weighted characters' ? ' (links count 23, CJK characters and emoji 2)' : '';
    const fix = limits.platform === 'x' ? 'Shorten it or split it into a thread.' : 'Shorten it.';
    issue('TEXT_TOO_LONG', `${name} allows ${limits.maxLength} characters${how}; this counts ${length}. ${fix}`);
  }
  const bytes = limits.maxTextBytes === null ? 0 : utf8Length(text);
  if (limits.maxTextBytes !== null && bytes > limits.maxTextBytes) {
    issue('TEXT_TOO_MANY_BYTES', `${name} takes at most ${limits.maxTextBytes} bytes of text; this is ${bytes}.`);
  }
  if (limits.platform === 'x' && invalidXCharacters.test(text)) {
    issue('TEXT_INVALID_CHARACTERS', 'X refuses the characters U+FEFF, U+FFFE and U+FFFF; remove them.');
  }
  if (limits.maxHashtags !== null) {
    const hashtags = detectBlueskyFacets(text).filter((facet) => facet.features.some((feature) => feature.$type === 'app.bsky.richtext.facet#tag' && !feature.tag.startsWith('$')));
    if (hashtags.length > limits.maxHashtags) issue('TOO_MANY_HASHTAGS', `${name} allows at most ${limits.maxHashtags} hashtags; this has ${hashtags.length}.`);
  }
  return issues;
}

function mediaIssues(media: PostMediaInput[], limits: PlatformLimits): PostIssue[] {
  const name = platformLabels[limits.platform];
  const issues: PostIssue[] = [];
  if (media.length > limits.maxMedia) {
    issues.push({ code: 'TOO_MANY_MEDIA', message: `${name} takes at most ${limits.maxMedia} attachments; this has ${media.length}.`, field: 'media' });
  }
  media.forEach((item, index) => {
    const issue = (code: PostIssueCode, field: string, message: string) => issues.push({ code, message, field: `media.${index}.${field}` });
    // Our limit, not the network's (Mastodon takes video): delivery only knows how to send images.
    if (item.mimeType.startsWith('video/')) {
      issue('MEDIA_VIDEO_NOT_SUPPORTED', 'mimeType', `Posting video to ${name} is not supported by Socialseed yet; remove the video or keep the post as a draft.`);
      return;
    }
    if (!limits.allowedMimeTypes.includes(item.mimeType)) {
      issue('MEDIA_TYPE_NOT_ALLOWED', 'mimeType', `${name} does not take ${item.mimeType} files.`);
      return;
    }
    if (media.length > 1 && limits.soloMimeTypes.includes(item.mimeType)) {
      issue('MEDIA_MUST_BE_ALONE', 'mimeType', `On ${name} a ${item.mimeType} file must be the only attachment.`);
    }
    const maxBytes = maxBytesFor(limits, item.mimeType);
    if (item.sizeBytes > maxBytes) issue('MEDIA_TOO_LARGE', 'sizeBytes', `${name} takes ${item.mimeType} files up to ${formatBytes(maxBytes)}.`);
    const pixels = (item.width ?? 0) * (item.height ?? 0);
    if (limits.maxImagePixels !== null && pixels > limits.maxImagePixels) {
      issue('MEDIA_TOO_MANY_PIXELS', 'width', `${name} takes images of at most ${limits.maxImagePixels} pixels; this has ${pixels}.`);
    }
    const altText = item.altText?.trim() ?? '';
    if (limits.altTextRequired && altText === '') issue('MEDIA_ALT_TEXT_REQUIRED', 'altText', `${name} needs a description (alt text) for every image.`);
    if (limits.maxAltTextLength !== null && [...altText].length > limits.maxAltTextLength) {
      issue('MEDIA_ALT_TEXT_TOO_LONG', 'altText', `${name} takes descriptions of at most ${limits.maxAltTextLength} characters.`);
    }
  });
  return issues;
}

/**
 * Would the platform accept this post? Answers every problem at once, each tied to its field, so
 * the composer can mark them all while the person types; the same function runs on the server
 * before anything is scheduled, so the two never disagree.
 */
export function validatePost(input: ValidatePostInput): PostValidation {
  const limits = input.limits ?? platformLimits(input.platform);
  const media = input.media ?? [];
  const length = limits.countLength(input.text);
  const issues = [...textIssues(input.text, length, limits, media.length > 0), ...mediaIssues(media, limits)];
  return { valid: issues.length === 0, length, limit: limits.maxLength, issues };
}

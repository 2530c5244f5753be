import { wordsOf } from './key-phrases';

const MAX_HASHTAG_LENGTH = 30;
const hashtagInText = /(?<![\p{L}\p{N}_&/])[#＃]([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu;

/**
 * A phrase as a CamelCase hashtag: "open banking APIs" → "#OpenBankingAPIs". Each word keeps
 * its own inner case, so acronyms survive. Null when nothing usable is left: no letters, only
 * digits (platforms do not link "#2025"), or longer than 30 characters (unreadable as a tag).
 */
export function toHashtag(phrase: string): string | null {
  const body = wordsOf(phrase)
    .map((word) => word.replace(/['’-]/g, ''))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return isUsableTagBody(body) ? `#${body}` : null;
}

function isUsableTagBody(body: string): boolean {
  return body !== '' && !/^[\p{N}_]+$/u.test(body) && body.length <= MAX_HASHTAG_LENGTH;
}

/**
 * A tag as a person or a model wrote it, in the form a post needs: "ai" → "#ai" (case kept),
 * "#open-source!" → "#opensource", "Open Banking" → "#OpenBanking". Null when unusable.
 */
export function normalizeHashtag(raw: string): string | null {
  const withoutHash = raw.trim().replace(/^[#＃]+/, '');
  if (/\s/.test(withoutHash)) return toHashtag(withoutHash);
  const body = withoutHash.replace(/[^\p{L}\p{N}_]/gu, '');
  return isUsableTagBody(body) ? `#${body}` : null;
}

/** The hashtags a text already has, as written (with '#'), in order. */
export function hashtagsIn(text: string): string[] {
  return [...text.matchAll(hashtagInText)].map((match) => `#${match[1] ?? ''}`);
}

/** The same tags once each, compared case-insensitively, first spelling kept. */
export function uniqueHashtags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

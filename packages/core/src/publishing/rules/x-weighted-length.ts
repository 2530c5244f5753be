import { extractXUrls } from './extract-x-urls';
import { xEmojiPatternSource } from './x-emoji-pattern';

/** twitter-text's parse configuration; weights are in 1/scale of a character. */
export interface XTextConfig {
  maxWeightedTweetLength: number;
  scale: number;
  defaultWeight: number;
  transformedURLLength: number;
  ranges: ReadonlyArray<{ start: number; end: number; weight: number }>;
  emojiParsingEnabled: boolean;
}

/**
 * twitter-text v3 defaults, which X applies today: 280 weighted characters; Latin, punctuation
 * and other code points up to U+10FF weigh 1, everything else (CJK, emoji) 2; URLs 23; an emoji
 * sequence weighs 2 however many code points it has.
 */
export const xTextConfig: XTextConfig = {
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
  emojiParsingEnabled: true,
};

export interface XTextLength {
  weightedLength: number;
  /** Within the limit, not empty, and free of U+FFFE, U+FEFF and U+FFFF. */
  valid: boolean;
  /** Thousandths of the limit used, floored (1000 = full). */
  permillage: number;
  /** UTF-16 indices of the text that fits, `end` inclusive, as twitter-text reports them. */
  validRange: { start: number; end: number };
}

const invalidChar = /[\uFFFE\uFEFF\uFFFF]/;

function characterWeight(codeUnit: number, config: XTextConfig): number {
  const range = config.ranges.find((candidate) => codeUnit >= candidate.start && codeUnit <= candidate.end);
  return range ? range.weight : config.defaultWeight;
}

const isSurrogatePair = (text: string, index: number) => {
  if (index >= text.length - 1) return false;
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};

function entityLengthsByStart(entities: Iterable<{ start: number; length: number }>): Map<number, number> {
  const byStart = new Map<number, number>();
  for (const entity of entities) byStart.set(entity.start, entity.length);
  return byStart;
}

const emojiPattern = new RegExp(xEmojiPatternSource, 'g');

function emojiSpans(text: string): Array<{ start: number; length: number }> {
  const spans: Array<{ start: number; length: number }> = [];
  emojiPattern.lastIndex = 0;
  for (let match = emojiPattern.exec(text); match; match = emojiPattern.exec(text)) spans.push({ start: match.index, length: match[0].length });
  return spans;
}

/**
 * X's length of a post, equal to twitter-text 3.1.0's parseTweet (the reference the X API
 * enforces) but with no dependency, so the composer can show the same count live. The loop,
 * quirks included, follows parseTweet: text is NFC-normalised, a URL or emoji is weighed where it
 * starts, and only the code unit where each step ends is checked for invalid characters.
 */
export function parseXText(text: string, config: XTextConfig = xTextConfig): XTextLength {
  const normalized = text.normalize('NFC');
  const urls = entityLengthsByStart(extractXUrls(normalized).map((entity) => ({ start: entity.indices[0], length: entity.url.length })));
  const emoji = config.emojiParsingEnabled ? entityLengthsByStart(emojiSpans(normalized)) : new Map<number, number>();
  const maxScaled = config.maxWeightedTweetLength * config.scale;
  let scaledLength = 0;
  let validDisplayIndex = 0;
  let valid = true;
  for (let index = 0; index < normalized.length; index++) {
    const urlLength = urls.get(index);
    const emojiLength = emoji.get(index);
    if (urlLength !== undefined) {
      scaledLength += config.transformedURLLength * config.scale;
      index += urlLength - 1;
    } else if (emojiLength !== undefined) {
      scaledLength += config.defaultWeight;
      index += emojiLength - 1;
    } else {
      if (isSurrogatePair(normalized, index)) index++;
      scaledLength += characterWeight(normalized.charCodeAt(index), config);
    }
    if (valid) valid = !invalidChar.test(normalized.substring(index, index + 1));
    if (valid && scaledLength <= maxScaled) validDisplayIndex = index;
  }
  const weightedLength = scaledLength / config.scale;
  return {
    weightedLength,
    valid: valid && weightedLength > 0 && weightedLength <= config.maxWeightedTweetLength,
    permillage: Math.floor((weightedLength / config.maxWeightedTweetLength) * 1000),
    validRange: { start: 0, end: validDisplayIndex + (text.length - normalized.length) },
  };
}

/** X's weighted length alone, for callers that only need the count. */
export function xWeightedLength(text: string): number {
  return parseXText(text).weightedLength;
}

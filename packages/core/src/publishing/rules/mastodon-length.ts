import { extractXUrls } from './extract-x-urls';
import { graphemeLength } from './grapheme-length';

/** Mastodon's Account::MENTION_RE ([[:word:]] is Ruby's letter, mark, digit or connector). */
const mentionPattern =
  /(?<![=\/\p{L}\p{M}\p{Nd}\p{Pc}])@(([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[\p{L}\p{M}\p{Nd}\p{Pc}]+(?:[.-]+[\p{L}\p{M}\p{Nd}\p{Pc}]+)*)?)/giu;
/** twitter-text's end_mention_match: `@a@` or `@a://` is not a mention. */
const invalidAfterMention = /^(?:[@＠]|[\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF]|:\/\/)/i;
const MAX_DOMAIN_LENGTH = 253;

interface Entity {
  start: number;
  end: number;
  replacement: string;
}

function mentionEntities(text: string): Entity[] {
  return [...text.matchAll(mentionPattern)].flatMap((match) => {
    const address = match[1] ?? '';
    const [username = '', domain] = address.split('@');
    const end = match.index + match[0].length;
    if (invalidAfterMention.test(text.slice(end))) return [];
    if (domain && domain.length > MAX_DOMAIN_LENGTH) return [];
    return [{ start: match.index, end, replacement: `@${username}` }];
  });
}

/** twitter-text's remove_overlapping_entities: by start, dropping any that overlaps the last kept. */
function withoutOverlaps(entities: Entity[]): Entity[] {
  const kept: Entity[] = [];
  for (const entity of [...entities].sort((a, b) => a.start - b.start)) {
    const previous = kept.at(-1);
    if (!previous || previous.end <= entity.start) kept.push(entity);
  }
  return kept;
}

/**
 * The length Mastodon checks against `max_characters` (StatusLengthValidator): every URL with a
 * protocol counts `charactersReservedPerUrl`, a mention `@user@domain` counts as `@user`, and the
 * result is measured in grapheme clusters (Ruby's each_grapheme_cluster), not code points.
 */
export function mastodonLength(text: string, charactersReservedPerUrl = 23): number {
  if (text.trim() === '') return 0; // Ruby's blank? makes such a text count as empty
  const placeholder = 'x'.repeat(charactersReservedPerUrl);
  const urls = extractXUrls(text, { withoutProtocol: false }).map(({ indices: [start, end] }) => ({ start, end, replacement: placeholder }));
  let countable = '';
  let cursor = 0;
  for (const entity of withoutOverlaps([...urls, ...mentionEntities(text)])) {
    countable += text.slice(cursor, entity.start) + entity.replacement;
    cursor = entity.end;
  }
  return graphemeLength(countable + text.slice(cursor));
}

/** A hashtag as it is written in a post, whatever form the writer returned it in. */
export function asHashtag(tag: string): string {
  const trimmed = tag.trim();
  return trimmed.startsWith('#') ? trimmed : `#${trimmed}`;
}

/**
 * The text a person edits and saves: the variant's text plus any of its hashtags that the text
 * does not already carry, so the counter counts exactly what will be published.
 */
export function composeVariantText(text: string, hashtags: readonly string[]): string {
  const lowered = text.toLowerCase();
  const missing = hashtags.map(asHashtag).filter((tag) => tag !== '#' && !lowered.includes(tag.toLowerCase()));
  return missing.length === 0 ? text : `${text.trimEnd()}\n\n${missing.join(' ')}`;
}

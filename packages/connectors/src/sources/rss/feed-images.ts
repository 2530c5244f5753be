const imageExtension = /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i;

type Attributes = Record<string, string>;

function isImage(attributes: Attributes): boolean {
  if (attributes.medium) return attributes.medium === 'image';
  if (attributes.type) return attributes.type.toLowerCase().startsWith('image/');
  return imageExtension.test(attributes.url ?? attributes.href ?? '');
}

/**
 * The entry's picture, best first: a media:content image (usually the largest), an image
 * enclosure (RSS <enclosure>, Atom <link rel="enclosure">), then a media:thumbnail.
 */
export function pickFeedImage(candidates: {
  mediaContent?: Attributes[] | undefined;
  enclosures?: Attributes[] | undefined;
  thumbnails?: Attributes[] | undefined;
}): string | null {
  const content = candidates.mediaContent?.find((attributes) => attributes.url && isImage(attributes))?.url;
  const enclosure = candidates.enclosures?.find((attributes) => (attributes.url ?? attributes.href) && isImage(attributes));
  const thumbnail = candidates.thumbnails?.find((attributes) => attributes.url)?.url;
  return content ?? enclosure?.url ?? enclosure?.href ?? thumbnail ?? null;
}

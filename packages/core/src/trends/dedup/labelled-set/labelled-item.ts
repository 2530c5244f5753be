/**
 * A hand-built set of trend items labelled with the story they report, for measuring dedup
 * precision and recall. Headlines and summaries read like the outlets that would carry them, and
 * the cases are the ones dedup has to get right: the same link reposted with tracking parameters,
 * through AMP or from a mobile host; one story reworded by different outlets; one story under
 * different links; near misses that share names but are different stories (Apple's shares versus
 * Apple's launch, two earthquakes, two earnings reports); and pictures: the same photo resized,
 * recompressed or slightly cropped, different photos for different stories, one stock photo on
 * two different stories, and an outlet's placeholder image on unrelated items.
 *
 * `image.seed` names a photo (the same seed is the same picture); the connectors' synthetic-photo
 * helper renders it, and core tests stand in for its hash with a seeded fake.
 */

export type ImageVariant = 'original' | 'resized' | 'recompressed' | 'cropped-small';

export interface LabelledImage {
  seed: number;
  variant: ImageVariant;
}

export interface LabelledItem {
  story: string;
  title: string;
  /** '' for sources that give only a headline (Hacker News, many Reddit posts). */
  summary: string;
  url: string | null;
  image: LabelledImage | null;
}

/** The seed of the placeholder picture one outlet puts on every article without its own photo. */
export const PLACEHOLDER_IMAGE_SEED = 9000;

export const item = (story: string, title: string, summary: string, url: string | null, image: LabelledImage | null = null): LabelledItem => ({
  story,
  title,
  summary,
  url,
  image,
});
export const photo = (seed: number, variant: ImageVariant = 'original'): LabelledImage => ({ seed, variant });
export const placeholder = photo(PLACEHOLDER_IMAGE_SEED);


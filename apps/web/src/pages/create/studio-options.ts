import type { ContentFormat, ImproveOperation, QualityPart } from '../../api/schemas/ai.ts';

export const formatOptions: readonly { value: ContentFormat; label: string }[] = [
  { value: 'single', label: 'Single post' },
  { value: 'thread', label: 'Thread' },
  { value: 'carousel', label: 'Carousel' },
  { value: 'story_caption', label: 'Story caption' },
];

/** The score's parts in the order the server weighs them, named for people. */
export const qualityPartLabels: Record<QualityPart, string> = {
  fitsLimit: 'Fits limit',
  brandSafety: 'Brand safety',
  pillarAlignment: 'Pillar alignment',
  readability: 'Readability',
  hashtags: 'Hashtags',
  novelty: 'Novelty',
};

/** The Improve menu; "tone" also needs the tone to rewrite to. */
export const improveActions: readonly { operation: Exclude<ImproveOperation, 'tone'>; label: string }[] = [
  { operation: 'shorten', label: 'Shorter' },
  { operation: 'lengthen', label: 'Longer' },
  { operation: 'fix', label: 'Fix grammar' },
  { operation: 'hashtags', label: 'Add hashtags' },
];

/** How many variants one Generate asks for (the API's default and maximum). */
export const variantCount = 3;

export const maxTopicLength = 500;

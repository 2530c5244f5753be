import { businessStories } from './labelled-set/business-stories';
import { hardCases } from './labelled-set/hard-cases';
import type { LabelledItem } from './labelled-set/labelled-item';
import { societyStories } from './labelled-set/society-stories';

export { PLACEHOLDER_IMAGE_SEED, type ImageVariant, type LabelledImage, type LabelledItem } from './labelled-set/labelled-item';

/** The hand-labelled dedup set (see labelled-set/labelled-item.ts for what it holds and why). */
export const labelledItems: LabelledItem[] = [...businessStories, ...societyStories, ...hardCases];

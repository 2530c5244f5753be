import { z } from 'zod';
import { tones, type Tone } from '../brands/brand';
import { contentFormats, type ContentFormat } from '../ai/content-types';

/**
 * What the learner needs to know about a post beyond its text: the tone and format it was
 * written in and the trend it answers. The studio fills them when a generated variant is saved;
 * people may set them on any post. Unknown parts stay null and the learner falls back to the
 * brand's tone and the format the targets imply.
 */
export interface PostLabels {
  tone: Tone | null;
  format: ContentFormat | null;
  trendId: string | null;
  /** The trend's category when the post was written (trends expire; the label stays). */
  trendCategory: string | null;
}

export const postLabelsSchema = z
  .object({
    tone: z.enum(tones).nullable().default(null),
    format: z.enum(contentFormats).nullable().default(null),
    trendId: z.uuid('Must be a valid id').nullable().default(null),
    trendCategory: z.string().trim().min(1).max(80).nullable().default(null),
  })
  .strict();

export const emptyPostLabels: PostLabels = { tone: null, format: null, trendId: null, trendCategory: null };

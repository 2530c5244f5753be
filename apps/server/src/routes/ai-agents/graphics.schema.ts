import { z } from 'zod';
import { graphicFormats, graphicLayouts, MAX_CAROUSEL_FRAMES } from '@socialseed/core/ai/graphics/layouts';
import { media } from '../media/media.schema';

/** Unknown fields are refused one by one, so the answer names each (as the brands schema does). */
const unknownField = z.unknown().refine(() => false, { error: 'Unknown field' });

/** Longer headlines are set smaller; past this a graphic stops being readable at all. */
const headline = z.string().trim().min(1, 'Must not be empty').max(300);
const body = z.string().trim().max(600).optional();

const frame = z.object({ headline, body }).catchall(unknownField);

export const renderGraphicBody = z
  .object({
    brandId: z.uuid('Must be a valid id'),
    layout: z.enum(graphicLayouts),
    headline,
    body,
    /** An uploaded image of the organization, cover-fitted under the brand tint. */
    backgroundMediaId: z.uuid('Must be a valid id').optional(),
    /** A generated background (Stability AI, when configured); the template is used if it fails. */
    backgroundPrompt: z.string().trim().min(1, 'Must not be empty').max(2000).optional(),
    format: z.enum(graphicFormats).optional(),
    /** Carousel frames after the cover; the cover and these make at most 10 frames. */
    frames: z.array(frame).min(1).max(MAX_CAROUSEL_FRAMES).optional(),
  })
  .catchall(unknownField);

export const renderGraphicResponse = z.object({
  media: z.array(media),
  contrast: z.number().describe('Lowest WCAG contrast of text on its background over all frames (≥ 4.5)'),
  tier: z.enum(['template', 'stability']),
  notice: z.string().nullable().describe('Why a requested generated background was not used'),
});

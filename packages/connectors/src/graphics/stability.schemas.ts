import { z } from 'zod';

/**
 * Stability AI REST v2beta, Stable Image Core text-to-image
 * (https://platform.stability.ai/docs/api-reference#tag/Generate/paths/~1v2beta~1stable-image~1generate~1core/post):
 * multipart/form-data request; with `Accept: image/*` a 200 answers the image bytes, with the
 * `finish-reason` header SUCCESS or CONTENT_FILTERED. Errors answer JSON.
 */
export const STABILITY_GENERATE_PATH = '/v2beta/stable-image/generate/core';
export const STABILITY_MODEL = 'stable-image-core';

/** Aspect ratios the endpoint accepts. */
export const stabilityAspectRatios = ['21:9', '16:9', '3:2', '5:4', '1:1', '4:5', '2:3', '9:16', '9:21'] as const;
export type StabilityAspectRatio = (typeof stabilityAspectRatios)[number];

/** Error body: `{ id, name, errors: string[] }` (e.g. name `payment_required`, `content_moderation`). */
export const stabilityErrorSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  errors: z.array(z.string()).default([]),
});

export const stabilityFinishReason = z.enum(['SUCCESS', 'CONTENT_FILTERED', 'ERROR']);

/** The supported ratio closest to width:height (compared on a log scale, so 2:1 and 1:2 are equally far from 1:1). */
export function nearestAspectRatio(width: number, height: number): StabilityAspectRatio {
  const target = Math.log(width / height);
  const distance = (ratio: StabilityAspectRatio) => {
    const [w = 1, h = 1] = ratio.split(':').map(Number);
    return Math.abs(Math.log(w / h) - target);
  };
  return stabilityAspectRatios.reduce((best, ratio) => (distance(ratio) < distance(best) ? ratio : best));
}

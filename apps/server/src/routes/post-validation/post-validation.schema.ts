import { z } from 'zod';
import { platforms } from '@socialseed/core/publishing/platforms';

/**
 * Unknown fields are refused one by one so the answer names each of them (the brands schema does
 * the same; `.strict()` reports one issue without a path).
 */
const unknownField = z.unknown().refine(() => false, { error: 'Unknown field' });

const mediaItem = z
  .object({
    mimeType: z.string().min(1).max(255),
    sizeBytes: z.number().int().min(0),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    altText: z.string().max(10_000).optional(),
  })
  .catchall(unknownField);

/** A draft as the composer holds it: the text and what is known of each attachment before upload. */
export const validatePostBody = z
  .object({
    platform: z.enum(platforms),
    text: z.string().max(100_000),
    media: z.array(mediaItem).max(20).optional(),
    /** The account the post is for: its server's own limits apply (a Mastodon server's 5000 characters). */
    accountId: z.uuid().optional(),
  })
  .catchall(unknownField);

export const postValidationResponse = z.object({
  valid: z.boolean(),
  length: z.number().int().describe("The text's length in the platform's own unit (X: weighted characters)"),
  limit: z.number().int(),
  issues: z.array(
    z.object({
      code: z.string().describe('e.g. TEXT_TOO_LONG, MEDIA_TOO_LARGE, MEDIA_ALT_TEXT_REQUIRED'),
      message: z.string(),
      field: z.string().describe('Dotted path of the offending input, e.g. media.2.sizeBytes'),
    }),
  ),
});

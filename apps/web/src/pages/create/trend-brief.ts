import { contentFormats, type ContentFormat } from '../../api/schemas/ai.ts';
import { platforms, type Platform } from '../../api/schemas/social-account.ts';

/** What the Trends page's "Generate post" puts in the address for the studio to start from. */
export interface BriefPrefill {
  brandId: string | null;
  trendId: string | null;
  platform: Platform | null;
  format: ContentFormat | null;
}

const oneOf = <Value extends string>(values: readonly Value[], raw: string | null): Value | null => values.find((value) => value === raw) ?? null;

/** Reads `?brandId=…&trendId=…&platform=…&format=…`, ignoring values this UI does not know. */
export function readBriefPrefill(params: URLSearchParams): BriefPrefill {
  return {
    brandId: params.get('brandId') || null,
    trendId: params.get('trendId') || null,
    platform: oneOf(platforms, params.get('platform')),
    format: oneOf(contentFormats, params.get('format')),
  };
}

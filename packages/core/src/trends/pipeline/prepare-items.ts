import { trendItemSchema, type TrendItem } from '../trend-item';
import { canonicalUrl, urlKey } from '../dedup/canonical-url';
import { textSignature } from '../dedup/minhash';

export interface PreparedItem {
  item: TrendItem;
  /** `source:externalId`: the same report in a later run updates its member row. */
  memberKey: string;
  urlKey: string | null;
  imageUrlKey: string | null;
  signature: number[];
}

export interface PreparedItems {
  items: PreparedItem[];
  /** Items left out, by reason (never silently). */
  dropped: Record<string, number>;
}

/**
 * Validates and normalises what the sources returned: invalid items and repeats of the same
 * report within one run are counted as dropped; canonical URLs and text signatures are computed
 * once here for the dedup and storage steps.
 */
export function prepareItems(raw: TrendItem[]): PreparedItems {
  const dropped: Record<string, number> = {};
  const drop = (reason: string) => {
    dropped[reason] = (dropped[reason] ?? 0) + 1;
  };
  const seen = new Set<string>();
  const items: PreparedItem[] = [];
  for (const candidate of raw) {
    const parsed = trendItemSchema.safeParse(candidate);
    if (!parsed.success) {
      drop(`invalid ${parsed.error.issues[0]?.path.join('.') || 'item'}`);
      continue;
    }
    const item = parsed.data;
    const memberKey = `${item.source}:${item.externalId}`;
    if (seen.has(memberKey)) {
      drop('repeated in this run');
      continue;
    }
    seen.add(memberKey);
    const canonical = item.url ? canonicalUrl(item.url) : null;
    const canonicalImage = item.imageUrl ? canonicalUrl(item.imageUrl) : null;
    items.push({
      item,
      memberKey,
      urlKey: canonical ? urlKey(canonical) : null,
      imageUrlKey: canonicalImage ? urlKey(canonicalImage) : null,
      signature: textSignature(item.title, item.summary),
    });
  }
  return { items, dropped };
}

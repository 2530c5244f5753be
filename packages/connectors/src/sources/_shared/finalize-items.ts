import crypto from 'node:crypto';
import { trendItemSchema, type TrendItem, type TrendSourceId } from '@socialseed/core/trends/trend-item';
import { clampText, collapseWhitespace } from './text';
import { httpUrlOrNull } from './urls';

/** An item as a source mapped it, before the shared clean-up; text fields are already plain text. */
export interface TrendItemDraft {
  externalId: string;
  title: string | null | undefined;
  summary?: string | null;
  url?: string | null;
  publishedAt: Date;
  engagement?: Partial<TrendItem['engagement']>;
  imageUrl?: string | null;
  channel?: string | null;
}

const limits = { title: 500, summary: 5000, channel: 300, externalId: 500 };

/** Long ids (a feed's guid can be a whole URL) become a stable hash rather than a truncation that could collide. */
function stableExternalId(id: string): string {
  const trimmed = id.trim();
  return trimmed.length <= limits.externalId ? trimmed : `sha256:${crypto.createHash('sha256').update(trimmed).digest('hex')}`;
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The shared last step of every source: whitespace collapsed, lengths clamped, URLs checked,
 * items without a title dropped, duplicates (same externalId) dropped, and each item validated
 * with the contract's schema — an item that still fails is dropped, never thrown, so one odd
 * story cannot fail a whole fetch.
 */
export function finalizeItems(source: TrendSourceId, drafts: TrendItemDraft[]): TrendItem[] {
  const seen = new Set<string>();
  const items: TrendItem[] = [];
  for (const draft of drafts) {
    const title = clampText(collapseWhitespace(draft.title ?? ''), limits.title);
    const externalId = stableExternalId(draft.externalId);
    if (!title || !externalId || seen.has(externalId)) continue;
    const channel = draft.channel ? clampText(collapseWhitespace(draft.channel), limits.channel) : null;
    const candidate: TrendItem = {
      source,
      externalId,
      title,
      summary: clampText(collapseWhitespace(draft.summary ?? ''), limits.summary),
      url: httpUrlOrNull(draft.url),
      publishedAt: draft.publishedAt,
      engagement: {
        score: finiteOrNull(draft.engagement?.score),
        comments: finiteOrNull(draft.engagement?.comments),
        traffic: finiteOrNull(draft.engagement?.traffic),
      },
      imageUrl: httpUrlOrNull(draft.imageUrl),
      channel: channel || null,
    };
    const parsed = trendItemSchema.safeParse(candidate);
    if (!parsed.success || Number.isNaN(candidate.publishedAt.getTime())) continue;
    seen.add(externalId);
    items.push(parsed.data);
  }
  return items;
}

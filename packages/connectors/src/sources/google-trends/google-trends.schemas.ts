import { z } from 'zod';
import { xmlText } from '../_shared/xml-schemas';

const newsItemSchema = z.object({
  'ht:news_item_title': xmlText.optional(),
  'ht:news_item_snippet': xmlText.optional(),
  'ht:news_item_url': xmlText.optional(),
  'ht:news_item_picture': xmlText.optional(),
  'ht:news_item_source': xmlText.optional(),
});

/** One <item> of the daily trends feed; an item with odd fields is dropped alone. */
export const trendsItemSchema = z.object({
  title: xmlText,
  'ht:approx_traffic': xmlText.optional(),
  pubDate: xmlText.optional(),
  'ht:picture': xmlText.optional(),
  'ht:news_item': z.array(newsItemSchema).optional(),
});
export type TrendsItem = z.infer<typeof trendsItemSchema>;

/** <rss><channel><item>…: items are kept raw here and parsed one by one. */
export const trendsFeedSchema = z.object({
  rss: z.object({ channel: z.object({ item: z.array(z.unknown()).optional() }) }),
});

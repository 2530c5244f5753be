import { z } from 'zod';
import { xmlAttributeList, xmlText, xmlTextList } from '../_shared/xml-schemas';

const mediaGroup = z.object({ 'media:content': xmlAttributeList, 'media:thumbnail': xmlAttributeList }).optional();

/** An RSS 2.0 / RSS 1.0 <item>; one that does not fit is dropped alone. */
export const rssItemSchema = z.object({
  title: xmlText.optional(),
  link: xmlTextList,
  description: xmlText.optional(),
  'content:encoded': xmlText.optional(),
  guid: xmlText.optional(),
  pubDate: xmlText.optional(),
  'dc:date': xmlText.optional(),
  enclosure: xmlAttributeList,
  'media:content': xmlAttributeList,
  'media:thumbnail': xmlAttributeList,
  'media:group': mediaGroup,
  'slash:comments': xmlText.optional(),
});
export type RssItem = z.infer<typeof rssItemSchema>;

/** An Atom <entry>. */
export const atomEntrySchema = z.object({
  id: xmlText.optional(),
  title: xmlText.optional(),
  link: xmlAttributeList,
  summary: xmlText.optional(),
  content: xmlText.optional(),
  published: xmlText.optional(),
  updated: xmlText.optional(),
  'media:content': xmlAttributeList,
  'media:thumbnail': xmlAttributeList,
  'media:group': mediaGroup,
});
export type AtomEntry = z.infer<typeof atomEntrySchema>;

/** An empty <channel/> parses as '' — a feed with nothing in it. */
const container = <Shape extends z.ZodRawShape>(shape: Shape) => z.union([z.object(shape), z.literal('').transform(() => null)]);

/** The three document shapes a feed URL can serve; items are parsed one by one afterwards. */
export const feedDocumentSchema = z.union([
  z.object({ rss: container({ channel: container({ title: xmlText.optional(), item: z.array(z.unknown()).optional() }) }) }),
  z.object({ feed: container({ title: xmlText.optional(), entry: z.array(z.unknown()).optional() }) }),
  z.object({ 'rdf:RDF': container({ channel: container({ title: xmlText.optional() }).optional(), item: z.array(z.unknown()).optional() }) }),
]);

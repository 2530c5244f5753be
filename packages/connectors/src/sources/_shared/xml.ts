import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ProviderError } from '@socialseed/core/ports/social-provider';

/** Elements that may repeat; always arrays so one and many read the same. */
const repeated = new Set(['item', 'entry', 'link', 'enclosure', 'media:content', 'media:thumbnail', 'ht:news_item', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Guids and titles like "2024" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => repeated.has(name),
});

/**
 * Parses a feed's XML. The parser itself reads a cut-off document without complaint, so it is
 * validated first: a truncated or garbled body becomes a `retry` ProviderError, never a crash.
 */
export function parseXml(text: string, what: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const verdict = trimmed ? XMLValidator.validate(trimmed) : { err: { msg: 'empty body', line: 0 } };
  if (verdict !== true) throw new ProviderError('retry', `${what}: malformed XML (${verdict.err.msg} at line ${verdict.err.line})`);
  try {
    return parser.parse(trimmed) as unknown;
  } catch (error) {
    throw new ProviderError('retry', `${what}: malformed XML (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

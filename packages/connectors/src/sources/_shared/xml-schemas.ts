import { z } from 'zod';

/**
 * A parsed XML element's text whatever shape the parser gave it: a plain string, or an object
 * with `#text` when the element also has attributes (`<guid isPermaLink="false">`), or nothing.
 */
export const xmlText = z
  // An element that unexpectedly repeats (two <title>s) reads as its first occurrence.
  .preprocess((value) => (Array.isArray(value) ? (value as unknown[])[0] : value), z.union([z.string(), z.number(), z.looseObject({ '#text': z.union([z.string(), z.number()]).optional() })]))
  .transform((value) => (typeof value === 'object' ? String(value['#text'] ?? '') : String(value)).trim());

/** An element reduced to its attributes (`<enclosure url="…" type="…"/>`); text content is ignored. */
export const xmlAttributes = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .transform((value): Record<string, string> => {
    if (typeof value === 'string') return {};
    const attributes: Record<string, string> = {};
    for (const [key, attribute] of Object.entries(value)) if (key.startsWith('@_') && typeof attribute === 'string') attributes[key.slice(2)] = attribute;
    return attributes;
  });

export const xmlTextList = z.array(xmlText).optional();
export const xmlAttributeList = z.array(xmlAttributes).optional();

import { topLevelDomains } from './bluesky.tlds';

/** app.bsky.richtext.facet features (lexicons/app/bsky/richtext/facet.json). */
export type FacetFeature =
  | { $type: 'app.bsky.richtext.facet#mention'; did: string }
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string };

/** A facet: `byteStart` inclusive, `byteEnd` exclusive, counted in UTF-8 bytes of the post text. */
export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: FacetFeature[];
}

/** A mention as found in the text; it becomes a facet only once its handle resolves to a DID. */
export interface DetectedMention {
  index: Facet['index'];
  handle: string;
}

// The patterns of @atproto/api 0.19 (src/rich-text/util.ts), kept identical so our facets match
// what the official app would make of the same text.
const MENTION_REGEX = /(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)/g;
const URL_REGEX = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim;
const TRAILING_PUNCTUATION_REGEX = /\p{P}+$/gu;
// Zero-width and joiner characters end a tag; \ufe0f after # is an emoji keycap, not a tag.
const TAG_REGEX =
  /(^|\s)[#＃]((?!\ufe0f)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*[^\d\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]+[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*)?/gu;
const CASHTAG_REGEX = /(^|\s|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=\s|$|[.,;:!?)"'\u2019])/gu;

const encoder = new TextEncoder();

/** Facets index UTF-8 bytes while JavaScript strings index UTF-16 code units. */
function byteRange(text: string, start: number, end: number): Facet['index'] {
  return { byteStart: encoder.encode(text.slice(0, start)).byteLength, byteEnd: encoder.encode(text.slice(0, end)).byteLength };
}

/** The same test as the reference: the text ends in "." plus a known TLD (case-sensitive, as there). */
function isValidDomain(candidate: string): boolean {
  const dot = candidate.lastIndexOf('.');
  return dot >= 0 && topLevelDomains.has(candidate.slice(dot + 1));
}

function detectLinks(text: string, facets: Facet[]): void {
  for (const match of text.matchAll(URL_REGEX)) {
    const found = match[2] ?? '';
    let uri = found;
    if (!uri.startsWith('http')) {
      const domain = match.groups?.domain;
      if (!domain || !isValidDomain(domain)) continue;
      uri = `https://${uri}`;
    }
    const start = text.indexOf(found, match.index);
    let end = start + found.length;
    // Sentence punctuation after a link belongs to the sentence, and so does an unopened ")".
    if (/[.,;:!?]$/.test(uri)) [uri, end] = [uri.slice(0, -1), end - 1];
    if (/[)]$/.test(uri) && !uri.includes('(')) [uri, end] = [uri.slice(0, -1), end - 1];
    facets.push({ index: byteRange(text, start, end), features: [{ $type: 'app.bsky.richtext.facet#link', uri }] });
  }
}

function detectTags(text: string, facets: Facet[]): void {
  for (const match of text.matchAll(TAG_REGEX)) {
    const leading = match[1] ?? '';
    const tag = (match[2] ?? '').trim().replace(TRAILING_PUNCTUATION_REGEX, '');
    if (tag.length === 0 || tag.length > 64) continue;
    const start = match.index + leading.length;
    facets.push({ index: byteRange(text, start, start + 1 + tag.length), features: [{ $type: 'app.bsky.richtext.facet#tag', tag }] });
  }
  for (const match of text.matchAll(CASHTAG_REGEX)) {
    const ticker = (match[2] ?? '').toUpperCase();
    if (!ticker) continue;
    const start = match.index + (match[1] ?? '').length;
    facets.push({ index: byteRange(text, start, start + 1 + ticker.length), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: `$${ticker}` }] });
  }
}

/**
 * Links, hashtags and cashtags as facets, and the mentions still to resolve — the behaviour of
 * @atproto/api `RichText.detectFacets`, written here because that package is a dev dependency.
 * Facets come sorted by byte offset (stable, as in the reference).
 */
export function detectFacets(text: string): { facets: Facet[]; mentions: DetectedMention[] } {
  const mentions: DetectedMention[] = [];
  for (const match of text.matchAll(MENTION_REGEX)) {
    const handle = match[3] ?? '';
    if (!isValidDomain(handle) && !handle.endsWith('.test')) continue; // probably not a handle
    const start = text.indexOf(handle, match.index) - 1;
    mentions.push({ index: byteRange(text, start, start + handle.length + 1), handle });
  }
  const facets: Facet[] = [];
  detectLinks(text, facets);
  detectTags(text, facets);
  return { facets, mentions };
}

/** Resolves a handle to a DID, or null when no account has it. */
export type HandleResolver = (handle: string) => Promise<string | null>;

/** The lexicon's `uri` format (@atproto/syntax isValidUri); "https://." passes detection but not this. */
const URI_SYNTAX = /^\w+:(?:\/\/)?[^\s/][^\s]*$/;

/**
 * All facets of a text, mentions included. Unlike the reference, facets the PDS would refuse are
 * dropped rather than sent: a mention whose handle does not resolve (the reference leaves an
 * empty DID) and a link that is no URI by the lexicon's rule.
 */
export async function buildFacets(text: string, resolveHandle: HandleResolver): Promise<Facet[]> {
  const detected = detectFacets(text);
  const mentions = detected.mentions;
  const facets = detected.facets.filter((facet) => facet.features.every((feature) => feature.$type !== 'app.bsky.richtext.facet#link' || URI_SYNTAX.test(feature.uri)));
  const dids = await Promise.all(mentions.map((mention) => resolveHandle(mention.handle)));
  const resolved = mentions.flatMap((mention, position): Facet[] => {
    const did = dids[position];
    return did ? [{ index: mention.index, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] }] : [];
  });
  // Mentions first, then a stable sort by offset: the order the reference produces.
  return [...resolved, ...facets].sort((a, b) => a.index.byteStart - b.index.byteStart);
}

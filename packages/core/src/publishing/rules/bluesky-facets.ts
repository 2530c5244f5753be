import { utf8OffsetOf } from './grapheme-length';
import { blueskyTlds } from './bluesky-tlds';

/** A facet's span in UTF-8 bytes of the post text, end exclusive (app.bsky.richtext.facet#byteSlice). */
export interface ByteSlice {
  byteStart: number;
  byteEnd: number;
}

/**
 * What a span means. A mention carries the handle as written; its DID is unknown until the
 * publisher resolves the handle, so `did` stays null until then (see `toLexiconFacets`).
 */
export type BlueskyFacetFeature =
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#mention'; handle: string; did: string | null }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string };

export interface BlueskyFacet {
  index: ByteSlice;
  features: BlueskyFacetFeature[];
}

// The patterns of @atproto/api 0.19 (rich-text/util.ts, MIT, Bluesky PBC), unchanged.
const mentionPattern = /(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)/g;
const urlPattern = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim;
const trailingPunctuation = /\p{P}+$/gu;
const tagPattern = /(^|\s)[#＃]((?!\ufe0f)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*[^\d\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]+[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*)?/gu;
const cashtagPattern = /(^|\s|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=\s|$|[.,;:!?)"'\u2019])/gu;

/** Bluesky's test: the part after the last dot is a real TLD (case-sensitive, as upstream). */
function hasKnownTld(domain: string): boolean {
  const dot = domain.lastIndexOf('.');
  return dot !== -1 && blueskyTlds.has(domain.slice(dot + 1));
}

const slice = (text: string, start: number, end: number): ByteSlice => ({
  byteStart: utf8OffsetOf(text, start),
  byteEnd: utf8OffsetOf(text, end),
});

function mentionFacets(text: string): BlueskyFacet[] {
  return [...text.matchAll(mentionPattern)].flatMap((match) => {
    const handle = match[3] ?? '';
    if (!hasKnownTld(handle) && !handle.endsWith('.test')) return []; // probably not a handle
    const start = text.indexOf(handle, match.index) - 1;
    return [{ index: slice(text, start, start + handle.length + 1), features: [{ $type: 'app.bsky.richtext.facet#mention', handle, did: null }] }];
  });
}

function linkFacets(text: string): BlueskyFacet[] {
  return [...text.matchAll(urlPattern)].flatMap((match) => {
    const written = match[2] ?? '';
    let uri = written;
    if (!uri.startsWith('http')) {
      const domain = match.groups?.['domain'];
      if (!domain || !hasKnownTld(domain)) return [];
      uri = `https://${uri}`;
    }
    const start = text.indexOf(written, match.index);
    let end = start + written.length;
    // A sentence's full stop or a closing parenthesis around the link is not part of it.
    if (/[.,;:!?]$/.test(uri)) {
      uri = uri.slice(0, -1);
      end--;
    }
    if (/[)]$/.test(uri) && !uri.includes('(')) {
      uri = uri.slice(0, -1);
      end--;
    }
    return [{ index: slice(text, start, end), features: [{ $type: 'app.bsky.richtext.facet#link', uri }] }];
  });
}

function tagFacets(text: string): BlueskyFacet[] {
  return [...text.matchAll(tagPattern)].flatMap((match) => {
    const tag = (match[2] ?? '').trim().replace(trailingPunctuation, '');
    if (tag.length === 0 || tag.length > 64) return [];
    const start = match.index + (match[1] ?? '').length;
    return [{ index: slice(text, start, start + 1 + tag.length), features: [{ $type: 'app.bsky.richtext.facet#tag', tag }] }];
  });
}

function cashtagFacets(text: string): BlueskyFacet[] {
  return [...text.matchAll(cashtagPattern)].flatMap((match) => {
    const ticker = (match[2] ?? '').toUpperCase();
    const start = match.index + (match[1] ?? '').length;
    return [{ index: slice(text, start, start + 1 + ticker.length), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: `$${ticker}` }] }];
  });
}

/**
 * The facets Bluesky needs to make links, mentions, hashtags and cashtags clickable, exactly as
 * @atproto/api's RichText.detectFacetsWithoutResolution finds them, ordered by byteStart. Text
 * without facets gives an empty list (upstream gives undefined).
 */
export function detectBlueskyFacets(text: string): BlueskyFacet[] {
  const facets = [...mentionFacets(text), ...linkFacets(text), ...tagFacets(text), ...cashtagFacets(text)];
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}

/** A facet as the app.bsky.richtext.facet lexicon wants it in a post record. */
export interface LexiconFacet {
  $type: 'app.bsky.richtext.facet';
  index: ByteSlice;
  features: Array<
    | { $type: 'app.bsky.richtext.facet#link'; uri: string }
    | { $type: 'app.bsky.richtext.facet#mention'; did: string }
    | { $type: 'app.bsky.richtext.facet#tag'; tag: string }
  >;
}

/**
 * Facets ready for a post record once handles are resolved (com.atproto.identity.resolveHandle).
 * A mention whose handle did not resolve is dropped, as the Bluesky app does: the text stays, it
 * just is not a link, and the record stays valid (a mention's did must be a DID).
 */
export function toLexiconFacets(facets: BlueskyFacet[], didForHandle: (handle: string) => string | null | undefined): LexiconFacet[] {
  return facets.flatMap((facet) => {
    const features = facet.features.flatMap((feature): LexiconFacet['features'] => {
      if (feature.$type !== 'app.bsky.richtext.facet#mention') return [feature];
      const did = feature.did ?? didForHandle(feature.handle);
      return did ? [{ $type: feature.$type, did }] : [];
    });
    return features.length > 0 ? [{ $type: 'app.bsky.richtext.facet' as const, index: facet.index, features }] : [];
  });
}

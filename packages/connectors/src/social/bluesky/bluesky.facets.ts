import { detectBlueskyFacets, toLexiconFacets, type LexiconFacet } from '@socialseed/core/publishing/rules/bluesky-facets';

/**
 * A facet as a post record holds it (app.bsky.richtext.facet). Detection is core's
 * (publishing/rules/bluesky-facets.ts, tested equal to @atproto/api's RichText on a generated
 * corpus), so the composer's counts and what is published agree.
 */
export type Facet = LexiconFacet;

/** Resolves a handle to a DID, or null when no account has it. */
export type HandleResolver = (handle: string) => Promise<string | null>;

/** The lexicon's `uri` format (@atproto/syntax isValidUri); "https://." passes detection but not this. */
const URI_SYNTAX = /^\w+:(?:\/\/)?[^\s/][^\s]*$/;

/**
 * All facets of a text, mentions resolved to DIDs. Unlike the reference, facets the PDS would
 * refuse are dropped rather than sent: a mention whose handle does not resolve (the reference
 * leaves an empty DID) and a link that is no URI by the lexicon's rule.
 */
export async function buildFacets(text: string, resolveHandle: HandleResolver): Promise<Facet[]> {
  const detected = detectBlueskyFacets(text);
  const handles = [...new Set(detected.flatMap((facet) => facet.features.flatMap((feature) => (feature.$type === 'app.bsky.richtext.facet#mention' ? [feature.handle] : []))))];
  const dids = new Map(await Promise.all(handles.map(async (handle) => [handle, await resolveHandle(handle)] as const)));
  return toLexiconFacets(detected, (handle) => dids.get(handle)).flatMap((facet) => {
    const features = facet.features.filter((feature) => feature.$type !== 'app.bsky.richtext.facet#link' || URI_SYNTAX.test(feature.uri));
    return features.length > 0 ? [{ ...facet, features }] : [];
  });
}

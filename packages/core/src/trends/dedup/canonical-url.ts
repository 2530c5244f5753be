/**
 * One spelling per article URL, so reposts of the same link cluster by exact key: the same page
 * shared with tracking parameters, through AMP, from a mobile host or with a trailing slash.
 * The result is a dedup key first; it stays a working link, but is not guaranteed to be the
 * publisher's own canonical link.
 */

/** Query parameters that only say who shared or how the reader arrived, never which page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'si', 'spm', 'scm', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking',
  'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'wickedid', 'rb_clickid', 's_cid', 'ncid', 'ocid',
  'cmpid', 'cmp', 'icid', 'ito', 'xtor', 'smid', 'smtyp', 'sr_share', 'share_id', 'ref', 'ref_src', 'ref_url',
  'ref_source', 'referrer', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'at_medium', 'at_campaign', 'trk', 'trkcampaign',
  'sc_campaign', 'sc_channel', 'sc_content', 'sc_medium', 'sc_outcome', 'sc_geo', 'sc_country', 'soc_src', 'soc_trk',
  'rss', 'rdt', 'amp', 'amp_js_v', 'usqp', '_amp', 'outputtype', 'taid', 'ftag',
]);

/** Tracking-parameter families by prefix: utm_source, pk_campaign, mtm_kwd, at_custom1 … */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_custom', 'hmb_', 'ga_', 'stm_'];

/** Parameters that are share markers on one site but can select content elsewhere. */
const SITE_TRACKING_PARAMS: Record<string, readonly string[]> = {
  'x.com': ['s', 't'],
  'youtube.com': ['feature', 'pp', 'ab_channel'],
  'reddit.com': ['share', 'context_share'],
  'linkedin.com': ['trackingid', 'lipi', 'trk'],
};

/** Host labels that only pick a rendering of the same page. */
const PRESENTATION_LABELS = new Set(['www', 'm', 'mobile', 'amp']);
/** Reddit's alternative front ends show the same posts. */
const REDDIT_LABELS = new Set(['old', 'new', 'np']);

/** Hosts that are another name for the same site. */
const HOST_ALIASES: Record<string, string> = {
  'twitter.com': 'x.com',
  'youtube-nocookie.com': 'youtube.com',
};

function isTrackingParam(name: string, host: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower)) return true;
  if (TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return SITE_TRACKING_PARAMS[host]?.includes(lower) ?? false;
}

/**
 * Drops rendering-only labels from the front (www., m., amp.) and Wikipedia-style mobile labels
 * (en.m.wikipedia.org), but never below a registrable-looking two labels, so `m.me` stays.
 */
function canonicalHost(hostname: string): string {
  const labels = hostname.replace(/\.$/, '').split('.');
  while (labels.length > 2 && PRESENTATION_LABELS.has(labels[0] as string)) labels.shift();
  if (labels.length === 3 && labels[1] === 'reddit' && labels[2] === 'com' && REDDIT_LABELS.has(labels[0] as string)) labels.shift();
  if (labels.length > 3 && labels[1] === 'm') labels.splice(1, 1);
  const host = labels.join('.');
  return HOST_ALIASES[host] ?? host;
}

/** The page behind an AMP cache or viewer URL (cdn.ampproject.org, google.com/amp/s/…), else null. */
function unwrapAmpCache(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  const viewer = /^\/amp\/(s\/)?(.+)$/.exec(url.pathname);
  if (viewer && /(^|\.)google\.[a-z.]+$/.test(host)) return `${viewer[1] ? 'https' : 'http'}://${viewer[2]}${url.search}`;
  const cache = /^\/[cvi]\/(s\/)?(.+)$/.exec(url.pathname);
  if (cache && host.endsWith('.cdn.ampproject.org')) return `${cache[1] ? 'https' : 'http'}://${cache[2]}${url.search}`;
  return null;
}

/** youtu.be/ID and youtube.com/shorts/ID are the watch page of ID. */
function youtubeWatchPath(host: string, path: string, params: URLSearchParams): string | null {
  const short = host === 'youtu.be' ? /^\/([\w-]{6,})$/.exec(path) : host === 'youtube.com' ? /^\/shorts\/([\w-]{6,})$/.exec(path) : null;
  if (!short) return null;
  params.set('v', short[1] as string);
  return '/watch';
}

/** Path without AMP renderings (/amp, /amp/ segments, .amp and .amp.html), empty or duplicate segments. */
function canonicalPath(pathname: string): string {
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment.toLowerCase() !== 'amp');
  const last = segments.length - 1;
  if (last >= 0) segments[last] = (segments[last] as string).replace(/\.amp(?=\.html?$|$)/i, '');
  return segments.length === 0 ? '' : `/${segments.join('/')}`;
}

/**
 * The dedup spelling of an http(s) URL, or null when it is not one. https and http are the same
 * page on practically every news site today, so both come out as https; www./m./amp. hosts,
 * default ports, credentials, fragments, trailing slashes, AMP renderings and tracking parameters
 * go; the remaining query parameters are sorted.
 */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const unwrapped = unwrapAmpCache(parsed);
  if (unwrapped !== null) {
    try {
      parsed = new URL(unwrapped);
    } catch {
      return null;
    }
  }
  if (parsed.hostname === '') return null;

  const host = canonicalHost(parsed.hostname);
  const params = new URLSearchParams();
  for (const [name, value] of parsed.searchParams) {
    if (!isTrackingParam(name, host)) params.append(name, value);
  }
  const youtube = youtubeWatchPath(host, parsed.pathname, params);
  const finalHost = youtube === null ? host : 'youtube.com';
  const path = youtube ?? canonicalPath(parsed.pathname);
  // A port only survives when it is not the default of either scheme, since both become https.
  const port = parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  params.sort();
  const query = params.size === 0 ? '' : `?${params.toString()}`;
  return `https://${finalHost}${port}${path}${query}`;
}

const FNV_OFFSET = [0xcbf2, 0x9ce4, 0x8422, 0x2325] as const;

/**
 * FNV-1a 64-bit over the UTF-8 bytes, as 16 hex characters: a short, stable key for a canonical
 * URL. The 64-bit product is done on four 16-bit limbs so it stays exact in doubles.
 */
export function urlKey(canonical: string): string {
  const bytes = new TextEncoder().encode(canonical);
  let h3: number = FNV_OFFSET[0];
  let h2: number = FNV_OFFSET[1];
  let h1: number = FNV_OFFSET[2];
  let h0: number = FNV_OFFSET[3];
  for (const byte of bytes) {
    h0 ^= byte;
    // × 0x100000001b3 = × 0x1b3 + × 2^40 (2^40 shifts the low 24 bits of limb 0 and 1 into limbs 2 and 3)
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + Math.floor(t2 / 0x10000) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

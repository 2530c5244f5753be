import { punycodeToAscii } from './punycode';
import {
  xExtractUrlSource,
  xInvalidUrlWithoutProtocolPrecedingChars,
  xValidAsciiDomainSource,
  xValidTcoUrlSource,
} from './x-url-patterns';

/** A URL as X sees it: the text and its UTF-16 [start, end) in the text. */
export interface XUrlEntity {
  url: string;
  indices: [number, number];
}

export interface ExtractXUrlsOptions {
  /** Also find bare domains like `example.com` (X does; Mastodon's length rule does not). */
  withoutProtocol?: boolean;
}

const DEFAULT_PROTOCOL = 'https://';
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_DOMAIN_LABEL_LENGTH = 63;

// Compiled once: the URL pattern is ~13 kB. Global patterns are rewound before each use, and
// every use runs to completion synchronously, so sharing them is safe.
const extractUrl = new RegExp(xExtractUrlSource, 'gi');
const validAsciiDomain = new RegExp(xValidAsciiDomainSource, 'gi');
const validTcoUrl = new RegExp(xValidTcoUrlSource, 'i');

function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}

/** twitter-text's idna.toAscii as a yes/no: every label must encode to 1–63 characters. */
function hasValidLabels(domain: string): boolean {
  if (domain.startsWith('xn--') && allMatches(validAsciiDomain, domain).length === 0) return false;
  return domain.split('.').every((label) => {
    // Punycode never shortens a label, so a label of more than 63 code points is already too long.
    if ([...label].length > MAX_DOMAIN_LABEL_LENGTH) return false;
    const encoded = punycodeToAscii(label);
    return encoded.length >= 1 && encoded.length <= MAX_DOMAIN_LABEL_LENGTH;
  });
}

const isValidUrl = (url: string, protocol: string, domain: string) =>
  hasValidLabels(domain) && protocol.length + url.length <= MAX_URL_LENGTH;

/**
 * twitter-text 3.1.0's extractUrlsWithIndices, step for step, without the package: X weighs each
 * of these URLs as 23 characters, so the composer's count depends on finding exactly these.
 */
export function extractXUrls(text: string, options: ExtractXUrlsOptions = {}): XUrlEntity[] {
  const withoutProtocol = options.withoutProtocol ?? true;
  if (!text || !text.includes(withoutProtocol ? '.' : ':')) return [];
  const urls: XUrlEntity[] = [];
  for (const match of allMatches(extractUrl, text)) {
    const before = match[2] ?? '';
    let url = match[3] ?? '';
    const protocol = match[4] ?? '';
    const domain = match[5] ?? '';
    const path = match[7];
    let endPosition = match.index + (match[0] ?? '').length;
    const startPosition = endPosition - url.length;
    if (!isValidUrl(url, protocol || DEFAULT_PROTOCOL, domain)) continue;

    if (!protocol) {
      if (!withoutProtocol || xInvalidUrlWithoutProtocolPrecedingChars.test(before)) continue;
      // Only the ASCII domains inside the match count; the last one takes the path along.
      let lastUrl: XUrlEntity | null = null;
      let asciiEndPosition = 0;
      for (const asciiMatch of allMatches(validAsciiDomain, domain)) {
        const asciiDomain = asciiMatch[0];
        const asciiStartPosition = domain.indexOf(asciiDomain, asciiEndPosition);
        asciiEndPosition = asciiStartPosition + asciiDomain.length;
        lastUrl = { url: asciiDomain, indices: [startPosition + asciiStartPosition, startPosition + asciiEndPosition] };
        urls.push(lastUrl);
      }
      if (lastUrl && path) {
        lastUrl.url = lastUrl.url + url.slice(domain.length);
        lastUrl.indices[1] = endPosition;
      }
      continue;
    }

    // A t.co link ends where its slug (and query) ends.
    const tco = validTcoUrl.exec(url);
    if (tco) {
      if ((tco[1] ?? '').length > MAX_TCO_SLUG_LENGTH) continue;
      url = tco[0];
      endPosition = startPosition + url.length;
    }
    urls.push({ url, indices: [startPosition, endPosition] });
  }
  return urls;
}

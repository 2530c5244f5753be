import { xCountryTlds, xGenericTlds } from './x-tlds';

/**
 * The URL patterns of twitter-text 3.1.0 (Apache-2.0, Twitter, Inc.), assembled the way its
 * regexp/*.js files assemble them, so X's "every URL counts 23" finds exactly the URLs X finds.
 * Quirks are kept on purpose: `invalidDomainChars` is built by string interpolation of RegExp
 * objects, so its class contains the slashes of `/…/`; `punct` has no `"` and a doubled `'`.
 * x-url-patterns.test.ts proves each assembled source equals the package's.
 */
const punct = String.raw`\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$`;
const spacesGroup = String.raw`\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000`;
const invalidCharsGroup = String.raw`\uFFFE\uFEFF\uFFFF`;
const directionalMarkersGroup = String.raw`\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069`;
const latinAccentChars = String.raw`\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF`;
const cyrillicLettersAndMarks = String.raw`\u0400-\u04FF`;

const tldLookahead = '(?=[^0-9a-zA-Z@+-]|$)';
const validGTLD = `(?:(?:${xGenericTlds.join('|')})${tldLookahead})`;
const validCCTLD = `(?:(?:${xCountryTlds.join('|')})${tldLookahead})`;
const validPunycode = String.raw`(?:xn--[\-0-9a-z]+)`;

const invalidDomainChars = `/${punct}//${spacesGroup}//${invalidCharsGroup}//${directionalMarkersGroup}/`;
const validDomainChars = `[^${invalidDomainChars}]`;
const validSubdomain = String.raw`(?:(?:${validDomainChars}(?:[_-]|${validDomainChars})*)?${validDomainChars}\.)`;
const validDomainName = String.raw`(?:(?:${validDomainChars}(?:-|${validDomainChars})*)?${validDomainChars}\.)`;
const validDomain = `(?:${validSubdomain}*${validDomainName}(?:${validGTLD}|${validCCTLD}|${validPunycode}))`;

const validUrlPrecedingChars = `(?:[^A-Za-z0-9@＠$#＃${invalidCharsGroup}]|[${directionalMarkersGroup}]|^)`;
const validGeneralUrlPathChars = String.raw`[a-z${cyrillicLettersAndMarks}0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&${latinAccentChars}]`;
const validUrlBalancedParens =
  String.raw`\((?:${validGeneralUrlPathChars}+|(?:${validGeneralUrlPathChars}*\(${validGeneralUrlPathChars}+\)${validGeneralUrlPathChars}*))\)`;
const validUrlPathEndingChars = String.raw`[\+\-a-z${cyrillicLettersAndMarks}0-9=_#\/${latinAccentChars}]|(?:${validUrlBalancedParens})`;
const validUrlPath =
  `(?:(?:${validGeneralUrlPathChars}*(?:${validUrlBalancedParens}${validGeneralUrlPathChars}*)*${validUrlPathEndingChars})` +
  String.raw`|(?:@${validGeneralUrlPathChars}+\/))`;
const validUrlQueryChars = String.raw`[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]`;
const validUrlQueryEndingChars = String.raw`[a-z0-9\-_&=#\/]`;

/** Groups: 2 preceding char, 3 URL, 4 protocol, 5 domain, 6 port, 7 path, 8 query. */
export const xExtractUrlSource =
  `((${validUrlPrecedingChars})((https?:\\/\\/)?(${validDomain})(?::([0-9]+))?(\\/${validUrlPath}*)?` +
  `(\\?${validUrlQueryChars}*${validUrlQueryEndingChars})?))`;

export const xValidAsciiDomainSource = String.raw`(?:(?:[\-a-z0-9${latinAccentChars}]+)\.)+(?:${validGTLD}|${validCCTLD}|${validPunycode})`;

export const xValidTcoUrlSource = String.raw`^https?:\/\/t\.co\/([a-z0-9]+)(?:\?${validUrlQueryChars}*${validUrlQueryEndingChars})?`;

/** Characters that make a tweet invalid wherever they appear. */
export const xInvalidCharsSource = `[${invalidCharsGroup}]`;

/** A bare domain preceded by one of these is part of something else (`a-b.com`, `/x.com`). */
export const xInvalidUrlWithoutProtocolPrecedingChars = /[-_.\/]$/;

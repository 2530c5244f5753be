/**
 * Turning what sources send (HTML fragments, entity-laden titles) into the plain text a
 * TrendItem carries. Feeds routinely double-encode, so decoding runs once, after tags are gone:
 * `&lt;b&gt;` in HTML is the literal text "<b>", not a tag.
 */

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  hellip: '…', middot: '·', bull: '•', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', dagger: '†', prime: '′',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è',
  ograve: 'ò', acirc: 'â', ecirc: 'ê', ocirc: 'ô', auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö',
  uuml: 'ü', ntilde: 'ñ', ccedil: 'ç', szlig: 'ß', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Eacute: 'É',
  oslash: 'ø', aring: 'å', aelig: 'æ', zwj: '', zwnj: '', shy: '',
};

/** Decodes named, decimal and hex character references; unknown or invalid ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, reference: string) => {
    if (reference.startsWith('#')) {
      const hex = reference[1] === 'x' || reference[1] === 'X';
      const codePoint = Number.parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
      const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
      return valid ? String.fromCodePoint(codePoint) : whole;
    }
    return namedEntities[reference] ?? whole;
  });
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Plain text from an HTML fragment: scripts and styles dropped with their content, block ends
 * turned into spaces so words do not run together, every tag removed, entities decoded. A tag
 * must start with a letter after `<`, so "x < y" in a title survives.
 */
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|blockquote|pre|section|article|figure|figcaption)\b[^<>]*>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  return collapseWhitespace(decodeEntities(withoutTags));
}

/** Shortens to at most `max` characters, at a word boundary when one is near, marked with an ellipsis. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut already ends a word when the next character is a space.
  const lastSpace = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

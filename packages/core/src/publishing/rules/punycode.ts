/**
 * Punycode (RFC 3492) as punycode.js does it; twitter-text uses it to reject URLs whose domain
 * labels would exceed 63 characters once encoded, so X counts a URL as 23 only if every label of
 * its domain encodes to 1–63 characters. Under Node, twitter-text's `require('punycode')` gets
 * Node's bundled punycode.js 2.1.0, which this follows; the 1.4.1 package a browser bundle would
 * get differs only in also encoding labels with ASCII control characters.
 */
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let scaled = firstTime ? Math.floor(delta / damp) : delta >> 1;
  scaled += Math.floor(scaled / numPoints);
  let k = 0;
  for (; scaled > ((base - tMin) * tMax) >> 1; k += base) scaled = Math.floor(scaled / (base - tMin));
  return Math.floor(k + ((base - tMin + 1) * scaled) / (scaled + skew));
}

const digit = (value: number) => String.fromCharCode(value + 22 + 75 * Number(value < 26));

/** Code points as punycode.js's ucs2decode reads them (a lone surrogate is its own code point). */
function codePointsOf(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0) ?? 0);
}

/** Encodes one label's code points; the caller keeps labels short, so no overflow is possible. */
export function punycodeEncode(text: string): string {
  const input = codePointsOf(text);
  let output = input.filter((point) => point < 0x80).map((point) => String.fromCharCode(point)).join('');
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output += '-';
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < input.length) {
    const next = Math.min(...input.filter((point) => point >= n));
    // punycode.js reuses this value for every adapt() of the pass (RFC 3492 recomputes it);
    // twitter-text's verdict follows punycode.js, so this does too.
    const handledPlusOne = handled + 1;
    delta += (next - n) * handledPlusOne;
    n = next;
    for (const point of input) {
      if (point < n) delta++;
      if (point !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
        if (q < t) break;
        output += digit(t + ((q - t) % (base - t)));
        q = Math.floor((q - t) / (base - t));
      }
      output += digit(q);
      bias = adapt(delta, handledPlusOne, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

const separators = /[\x2E\u3002\uFF0E\uFF61]/g;
const nonAscii = /[^\0-\x7F]/;

/** punycode.js `toASCII`: every non-ASCII label becomes `xn--…`; ideographic dots count as dots. */
export function punycodeToAscii(domain: string): string {
  return domain
    .replace(separators, '.')
    .split('.')
    .map((label) => (nonAscii.test(label) ? `xn--${punycodeEncode(label)}` : label))
    .join('.');
}

/**
 * A seeded corpus of post texts for comparing our counters with the reference packages: the same
 * seed always yields the same texts, so a failure names a text that can be reproduced. Pieces
 * cover what breaks naive counters: emoji sequences of every kind (old and post-Emoji-11), CJK,
 * RTL scripts, combining marks and NFD text, URLs in all their shapes, mentions, hashtags,
 * cashtags, and odd whitespace and invalid characters.
 */

/** mulberry32: tiny, fast, good enough to pick pieces reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const words = [
  'launch', 'Product', 'update', 'today', 'thanks', 'read', 'more', 'the', 'a', 'of', 'and', 'new', 'Team', 'v2.0', 'e.g.',
  'café', 'naïve', 'Straße', 'façade', 'søren', 'ÅNGSTRÖM', 'Привет', 'мир', 'Ελλάδα', 'İstanbul', 'Łódź',
  '日本語', 'テキスト', 'ひらがな', '中文字符', '한국어', '漢字です', 'ｆｕｌｌｗｉｄｔｈ', '１２３',
  'مرحبا', 'بالعالم', 'שלום', 'हिन्दी', 'क्षत्रिय', 'ภาษาไทย', 'ქართული', 'Ꭰꭰ',
  'e\u0301', 'a\u0308bc', 'A\u030A', 'n\u0303o', '\u1100\u1161\u11A8', 'Z\u0351\u0361a\u035Cl\u0364g\u0489o',
  '42', '2024', '3.14', '$5', '100%', 'x2', '...', '—', '«quote»', '“curly”', "it's", '¯\\_(ツ)_/¯',
];

export const emoji = [
  '😀', '🐱', '❤️', '❤', '☺', '☺️', '✨', '🔥', '🎉', '👍', '👍🏽', '👋🏿', '🙋🏻‍♀️', '🏃‍♂️', '🏋️‍♀️', '⛹🏾‍♂️',
  '👨‍👩‍👧‍👦', '👩‍❤️‍💋‍👨', '👨‍👨‍👧', '🏳️‍🌈', '🏴‍☠️', '👁‍🗨', '👩🏽‍💻', '👨🏿‍🚀', '🧑‍🤝‍🧑', '🧑🏾‍🚀', '👩‍🦰', '🧑‍🎄',
  '🫱🏻‍🫲🏿', '🐦‍⬛', '🐦‍🔥', '🙂‍↔️', '🧑‍🧑‍🧒', '🏳️‍⚧️', '❤️‍🔥', '😮‍💨', '🫠', '🥹', '🪿', '🩷', '🫨',
  '🇩🇪', '🇯🇵', '🇺🇸', '🇺🇦', '🇪🇺', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🇦', '1️⃣', '#️⃣', '*️⃣', '🔟', '1⃣', '©', '®', '™', '©️',
  '↔', '↔️', '\uFE0F', '\u200D', '🏽', '\u20E3', '🀄', '🃏', '🅰️', '🈯', '〰️', '〽', '⌚', '⏩', '▶️',
];

export const urls = [
  'https://example.com', 'http://www.example.com/path/to/page?q=1&lang=en#top', 'https://example.com/',
  'https://en.wikipedia.org/wiki/Primer_(film)', 'https://example.com/track/We_Up_(Album_Version_(Edited))/',
  'https://example.com/x.', 'https://example.com/x,', '(https://example.com/in-parens)', 'https://example.com/a?b=c!',
  'example.com', 'www.example.com', 'foo.co.jp', 'www.google.co.uk/search?q=socialseed', 'example.org/path/', 'sub.domain.example.io',
  'example.com/@user/', 'example.com:8080/path', 'https://localhost:3000/', 'http://192.168.0.1/', 'foo.bar', 'file.txt', 'readme.md',
  't.co/abc123', 'https://t.co/abcDEF123', 'https://t.co/abc?x=1', `https://t.co/${'a'.repeat(45)}`, 'http://t.co/abc/def',
  'https://münchen.de/straße', 'https://例え.jp/パス', 'http://foobar.پاکستان/', 'xn--mnchen-3ya.de', 'https://xn--bcher-kva.example/',
  'HTTPS://EXAMPLE.COM/UPPER', 'Example.COM/Path', 'user@example.com', '-example.com', '/example.com', '_example.com',
  `https://${'a'.repeat(63)}.com`, `https://${'a'.repeat(64)}.com`, `https://${'ü'.repeat(55)}.com`, `https://${'ü'.repeat(58)}.de`,
  'https://bsky.app/profile/alice.bsky.social', 'https://x.com?', 'https://example.com/a%20b;c=d', 'example.com/🙂',
  'https://example.com/search?q=日本', 'https://example.museum', 'example.museum', 'http://a.b.c.d.example.org/deep',
  'https://github.com/socialseed/socialseed/issues/12#issuecomment-1', 'bit.ly/3abcDE', 'https://xn--80ak6aa92e.com',
  'https://example.com/path.html', 'https://example.com?', 'ftp://example.com', 'https://example.com/日本語', 'a.co',
];

export const mentions = [
  '@alice', '@alice.bsky.social', '@bob.test', '@Alice.BSKY.Social', '@foo.invalidtld', '(@carol.bsky.social)', '@dan.example.com.',
  'user@mastodon.social', '@user@mastodon.social', '@a', '@alice.bsky.social:', '@under_score', '@jp.日本', '@x.com', '@1.2.3',
  '＠fullwidth', '@alice-bob.bsky.social', '@alice.bsky.social\'s',
];

export const hashtags = [
  '#tag', '#Tag123', '#123', '#2024', '#日本語', '#café', '＃fullwidth', '#tag!', '#tag...', '#tag\uFE0F', '#', '#a_b', '#tag#tag',
  '#️⃣', '#1st', '##double', '#😀', '#e\u0301t\u00e9', `#${'long'.repeat(17)}`, `#${'x'.repeat(64)}`, '#ok?', '#tag)', '#Ünïcödé',
  '#_', '#-', '#مرحبا', '#한국어', '#tag\u200Dx', '$AAPL', '$TSLA.', '$toolong', '($btc)', '$A1', '$1A',
];

const separators = [' ', ' ', ' ', ' ', '  ', '\n', '\n\n', '\t', ', ', '. ', '! ', '? ', ' (', ') ', ' "', '" ', ' — ', '\u3000', '\u00A0', '\u200B', '\r\n'];
const rare = ['\uFEFF', '\uFFFE', '\u202A', '\u2066', '\u200E', '\uD83D', 'x\uDE00', '\u0000', '\u00AD', '\u2028'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function piece(random: () => number, withRare: boolean): string {
  const roll = random();
  if (withRare && roll < 0.01) return pick(random, rare);
  if (roll < 0.4) return pick(random, words);
  if (roll < 0.6) return pick(random, emoji);
  if (roll < 0.75) return pick(random, urls);
  if (roll < 0.86) return pick(random, mentions);
  return pick(random, hashtags);
}

export interface CorpusOptions {
  seed?: number;
  count?: number;
  /** Include invalid characters, lone surrogates and control codes (off for thread splitting). */
  withRare?: boolean;
}

/** `count` texts of 1–80 pieces (a tenth of them long enough to overflow any limit). */
export function generateCorpus(options: CorpusOptions = {}): string[] {
  const random = seededRandom(options.seed ?? 20261122);
  const texts: string[] = [];
  for (let index = 0; index < (options.count ?? 600); index++) {
    const pieces = random() < 0.1 ? 60 + Math.floor(random() * 140) : 1 + Math.floor(random() * 24);
    let text = random() < 0.1 ? pick(random, separators) : '';
    for (let position = 0; position < pieces; position++) {
      text += piece(random, options.withRare ?? true);
      // Pieces glued without a separator test how entities behave next to letters and emoji.
      text += random() < 0.85 ? pick(random, separators) : '';
    }
    texts.push(text);
  }
  return texts;
}

import { describe, expect, it } from 'vitest';
import twitterText from 'twitter-text';
import { splitIntoThread } from './split-into-thread';
import { generateCorpus } from './testing/text-corpus';

/** A thread's posts without their ` k/n` numbering. */
function bodies(parts: string[]): string[] {
  return parts.map((part, index) => {
    const suffix = ` ${index + 1}/${parts.length}`;
    expect(part.endsWith(suffix), part).toBe(true);
    return part.slice(0, -suffix.length);
  });
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('splitIntoThread', () => {
  it('leaves a text that fits as the only post, unnumbered', () => {
    expect(splitIntoThread('Short and sweet.')).toEqual(['Short and sweet.']);
    expect(splitIntoThread('   ')).toEqual([]);
  });

  it('numbers posts with a ` k/n` suffix and ends them at sentence ends when it can', () => {
    const sentence = 'Socialseed schedules posts for every network you use. ';
    const parts = splitIntoThread(sentence.repeat(12));
    expect(parts.length).toBeGreaterThan(2);
    for (const body of bodies(parts)) expect(body.endsWith('.'), body).toBe(true);
    for (const part of parts) expect(twitterText.parseTweet(part).valid).toBe(true);
  });

  it('prefers a paragraph break over filling the post', () => {
    const paragraph = `${'word '.repeat(40).trim()}\n\n`;
    const parts = splitIntoThread(paragraph.repeat(3));
    expect(bodies(parts)).toEqual(Array.from({ length: 3 }, () => 'word '.repeat(40).trim()));
  });

  it('keeps long URLs whole and counts them as 23', () => {
    const url = `https://example.com/${'segment/'.repeat(40)}end`;
    const text = `${'Read this: '.repeat(10)}${url} ${'and then some more words. '.repeat(10)}`;
    const parts = splitIntoThread(text);
    expect(parts.filter((part) => part.includes(url))).toHaveLength(1);
    for (const part of parts) expect(twitterText.parseTweet(part).valid).toBe(true);
  });

  it('cuts a word longer than a post between graphemes, never inside an emoji or URL', () => {
    const text = `${'日本語'.repeat(100)}👨‍👩‍👧‍👦https://example.com/x${'🇩🇪'.repeat(200)}`;
    const parts = splitIntoThread(text);
    expect(bodies(parts).join('')).toBe(text);
    expect(parts.filter((part) => part.includes('👨‍👩‍👧‍👦'))).toHaveLength(1);
    expect(parts.filter((part) => part.includes('https://example.com/x'))).toHaveLength(1);
    for (const part of parts) expect(twitterText.parseTweet(part).valid, part).toBe(true);
  });

  it('widens the numbering when a thread reaches ten posts', () => {
    const parts = splitIntoThread('lorem ipsum dolor sit amet '.repeat(120));
    expect(parts.length).toBeGreaterThanOrEqual(10);
    expect(parts.at(-1)).toMatch(new RegExp(` ${parts.length}/${parts.length}$`));
    for (const part of parts) expect(twitterText.parseTweet(part).weightedLength).toBeLessThanOrEqual(280);
  });

  it('honours a smaller limit', () => {
    const parts = splitIntoThread('one two three four five six seven eight nine ten', { maxWeightedLength: 20 });
    for (const part of parts) expect(twitterText.parseTweet(part).weightedLength).toBeLessThanOrEqual(20);
    expect(words(bodies(parts).join(' '))).toEqual(words('one two three four five six seven eight nine ten'));
  });
});

describe('splitIntoThread on a corpus of 700 texts', () => {
  const corpus = generateCorpus({ count: 700, seed: 2718, withRare: false });
  const threads = corpus.map((text) => ({ text: text.normalize('NFC').trim(), parts: splitIntoThread(text) }));

  it('makes every post valid per twitter-text parseTweet', () => {
    const invalid = threads.flatMap(({ parts }) => parts.filter((part) => !twitterText.parseTweet(part).valid));
    expect(invalid).toEqual([]);
    expect(threads.filter(({ parts }) => parts.length > 1).length).toBeGreaterThan(60);
  });

  it('loses no word and splits no URL', () => {
    for (const { text, parts } of threads.filter((thread) => thread.parts.length > 1)) {
      const joined = bodies(parts).join(' ');
      expect(joined.replace(/\s+/g, ''), text).toBe(text.replace(/\s+/g, ''));
      const fitsWhole = (word: string) => twitterText.parseTweet(`${word} 99/99`).valid;
      // Words short enough for a post are never cut, so they survive whitespace-splitting intact.
      expect(words(joined).filter(fitsWhole), text).toEqual(words(text).filter(fitsWhole));
      for (const url of twitterText.extractUrls(text)) expect(parts.some((part) => part.includes(url)), url).toBe(true);
    }
  });
});

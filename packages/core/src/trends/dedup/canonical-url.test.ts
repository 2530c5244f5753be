import { describe, expect, it } from 'vitest';
import { canonicalUrl, urlKey } from './canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['tracking parameters go, the rest are sorted', 'https://www.example.com/news/story?utm_source=twitter&utm_medium=social&b=2&a=1&fbclid=IwAR0x', 'https://example.com/news/story?a=1&b=2'],
    ['every utm_ parameter, any case', 'https://example.com/a?UTM_Source=x&utm_content=y&utm_term=z&id=7', 'https://example.com/a?id=7'],
    ['ad click ids', 'https://example.com/a?gclid=1&dclid=2&msclkid=3&yclid=4&gbraid=5&wbraid=6', 'https://example.com/a'],
    ['newsletter and social ids', 'https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&si=4&spm=5&_ga=6&ref=hn&ref_src=twsrc&ref_url=x&cmpid=7', 'https://example.com/a'],
    ["X's share parameters on x.com and twitter.com", 'https://twitter.com/nasa/status/1234567890?s=20&t=AbCdEf', 'https://x.com/nasa/status/1234567890'],
    ['an s parameter elsewhere selects content', 'https://blog.example.org/?s=solar+panels', 'https://blog.example.org?s=solar+panels'],
    ['scheme and host lower-cased, http upgraded, default ports dropped', 'HTTP://WWW.Example.COM:80/Path/Case', 'https://example.com/Path/Case'],
    ['https default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['other ports stay', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['fragment and trailing slash', 'https://example.com/a/b/#comments', 'https://example.com/a/b'],
    ['the site root', 'https://www.example.com/', 'https://example.com'],
    ['a mobile host', 'https://m.cnbc.com/2025/02/26/nvidia.html', 'https://cnbc.com/2025/02/26/nvidia.html'],
    ['a mobile. host', 'https://mobile.example.com/story', 'https://example.com/story'],
    ['an amp host and /amp suffix', 'https://amp.theguardian.com/world/2025/jan/01/story/amp', 'https://theguardian.com/world/2025/jan/01/story'],
    ['an /amp/ segment', 'https://www.bbc.co.uk/news/amp/articles/c123', 'https://bbc.co.uk/news/articles/c123'],
    ['.amp.html', 'https://example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['amp query flags', 'https://example.com/story?amp=1&outputType=amp&id=3', 'https://example.com/story?id=3'],
    ['the AMP cache', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story/amp', 'https://example.com/news/story'],
    ["Google's AMP viewer", 'https://www.google.com/amp/s/www.example.com/news/story.amp', 'https://example.com/news/story'],
    ['Wikipedia mobile', 'https://en.m.wikipedia.org/wiki/Measles', 'https://en.wikipedia.org/wiki/Measles'],
    ["Reddit's front ends", 'https://old.reddit.com/r/nba/comments/1abc/title/', 'https://reddit.com/r/nba/comments/1abc/title'],
    ['youtu.be and share ids', 'https://youtu.be/dQw4w9WgXcQ?si=abc123', 'https://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['youtube watch with feature=share', 'https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share', 'https://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['credentials', 'https://user:pass@example.com/a', 'https://example.com/a'],
    ['two labels stay two labels', 'https://m.me/page', 'https://m.me/page'],
  ])('%s', (_, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('gives reposts of one article one spelling', () => {
    const spellings = [
      'https://www.theverge.com/2025/9/9/apple-iphone-17-event',
      'https://theverge.com/2025/9/9/apple-iphone-17-event/?utm_source=reddit&utm_medium=social',
      'http://m.theverge.com/2025/9/9/apple-iphone-17-event#top',
      'https://amp.theverge.com/2025/9/9/apple-iphone-17-event/amp?fbclid=abc',
    ];
    expect(new Set(spellings.map(canonicalUrl)).size).toBe(1);
  });

  it('keeps different articles apart', () => {
    expect(canonicalUrl('https://example.com/news?id=1')).not.toBe(canonicalUrl('https://example.com/news?id=2'));
    expect(canonicalUrl('https://example.com/a/B')).not.toBe(canonicalUrl('https://example.com/a/b'));
  });

  it.each(['ftp://example.com/file', 'mailto:someone@example.com', 'javascript:alert(1)', 'not a url', '', '/relative/path'])('is null for %j', (input) => {
    expect(canonicalUrl(input)).toBeNull();
  });
});

describe('urlKey', () => {
  it('is FNV-1a 64 as 16 hex characters (published test vectors)', () => {
    expect(urlKey('')).toBe('cbf29ce484222325');
    expect(urlKey('a')).toBe('af63dc4c8601ec8c');
    expect(urlKey('foobar')).toBe('85944171f73967e8');
  });

  it('is stable and tells URLs apart', () => {
    const key = urlKey('https://example.com/a');
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(urlKey('https://example.com/a')).toBe(key);
    expect(urlKey('https://example.com/b')).not.toBe(key);
    expect(urlKey('https://example.com/é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

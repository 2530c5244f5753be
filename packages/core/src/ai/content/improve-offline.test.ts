import { describe, expect, it } from 'vitest';
import { platformLimits } from '../../publishing/rules/platform-rules';
import { fitsOnePost } from '../../publishing/rules/thread-for-platform';
import { improveOffline } from './improve-offline';
import { brandVoice } from './testing/brand-voice';

const x = platformLimits('x');
const bluesky = platformLimits('bluesky');
const brand = brandVoice();
const options = { limits: x, brand };

describe('improveOffline: shorten', () => {
  const long =
    'Open banking connects your bank to your tools. It saves hours at month-end. Invoices match payments automatically, reminders go out on time, and cash flow is visible every morning without a single spreadsheet. Read more at https://example.com/open-banking-guide @ledgerly #OpenBanking';

  it('fits the limit as X counts it, dropping whole sentences first and keeping the link, mention and tag', () => {
    const short = improveOffline(long, 'shorten', { ...options, targetLength: 120 });
    expect(x.countLength(short)).toBeLessThanOrEqual(120);
    expect(short.startsWith('Open banking connects your bank to your tools.')).toBe(true);
    expect(short).toContain('https://example.com/open-banking-guide');
    expect(short).toContain('#OpenBanking');
    expect(short).toContain('@ledgerly');
  });

  it('cuts at a word boundary with an ellipsis before trailing links when sentences are not enough', () => {
    const short = improveOffline(long, 'shorten', { ...options, targetLength: 80 });
    expect(x.countLength(short)).toBeLessThanOrEqual(80);
    expect(short).toMatch(/^Open banking\b.*… /);
    expect(short.split(/\s+/).every((word) => long.includes(word.replace('…', '')))).toBe(true);
  });

  it('shortens a text that fits by a third when no target is given, and never returns more than the limit', () => {
    const fitting = 'We ship on time. You get paid fast. That is the deal we make with every customer, every month.';
    expect(x.countLength(improveOffline(fitting, 'shorten', options))).toBeLessThanOrEqual(Math.floor(x.countLength(fitting) * 0.66));
    expect(fitsOnePost(improveOffline('😀'.repeat(400), 'shorten', { ...options, limits: bluesky }), bluesky)).toBe(true);
    expect(fitsOnePost(improveOffline('a'.repeat(600), 'shorten', options), x)).toBe(true);
  });
});

describe('improveOffline: lengthen', () => {
  it('adds a sentence about the nearest pillar and a call to action, within the limit, tags kept last', () => {
    const result = improveOffline('Your bank can now talk to your invoicing tool. #OpenBanking', 'lengthen', options);
    expect(result).toMatch(/(core part of|where) open banking/);
    expect(result).toContain('Follow for more practical explainers.');
    expect(result.endsWith('#OpenBanking')).toBe(true);
    expect(x.countLength(result)).toBeLessThanOrEqual(280);
  });

  it('leaves a text with no room unchanged', () => {
    const full = `${'Cash flow matters. '.repeat(14).trim()}`;
    expect(improveOffline(full, 'lengthen', options)).toBe(full);
  });
});

describe('improveOffline: fix', () => {
  it('fixes spacing, doubled words, common misspellings, a lone i and sentence starts', () => {
    expect(improveOffline('teh  results are are in ,and i  definately recieve them.next week we talk', 'fix', options)).toBe(
      'The results are in, and I definitely receive them. Next week we talk',
    );
  });

  it('leaves links, mentions, hashtags, decimals and abbreviations alone', () => {
    const text = 'Rates rose 3.5 percent, e.g. for loans. See https://example.com/a?b=c,d, ledgerly.com and @teh_bot #teh';
    expect(improveOffline(text, 'fix', options)).toBe(text);
  });

  it('collapses blank lines but keeps paragraphs', () => {
    expect(improveOffline('one\n\n\n\ntwo   ', 'fix', options)).toBe('One\n\nTwo');
  });
});

describe('improveOffline: tone', () => {
  it('swaps the opener and closer for the target tone and keeps hashtags last', () => {
    const playful = improveOffline('Quick lesson: open banking links your bank and tools. Save this for later. #OpenBanking', 'tone', { ...options, tone: 'playful' });
    expect(playful).not.toContain('Quick lesson:');
    expect(playful).not.toContain('Save this for later.');
    expect(playful).toMatch(/^(Plot twist:|Okay, hear us out:|Fun fact:) open banking/);
    expect(playful).toMatch(/!\n\n#OpenBanking$/);
  });

  it('removes exclamation marks for an authoritative tone', () => {
    const result = improveOffline('This changes everything! Really!', 'tone', { ...options, tone: 'authoritative' });
    expect(result).not.toContain('!');
  });

  it('falls back to the brand tone and stays within the limit', () => {
    const long = 'word '.repeat(60).trim();
    const result = improveOffline(long, 'tone', options);
    expect(x.countLength(result)).toBeLessThanOrEqual(280);
    expect(result).toMatch(/^(Quick lesson:|Here is how it works:|Worth knowing:)/);
  });
});

describe('improveOffline: hashtags', () => {
  it('appends tags from the text and pillars on their own line, without repeating existing ones', () => {
    const result = improveOffline('Open banking makes month-end faster for founders.', 'hashtags', options);
    expect(result).toMatch(/^Open banking makes month-end faster for founders\.\n\n#OpenBanking( #\w+)?$/);
  });

  it('joins a trailing tag line and respects the usual maximum', () => {
    const result = improveOffline('Month-end, faster.\n\n#OpenBanking', 'hashtags', options);
    expect(result.startsWith('Month-end, faster.\n\n#OpenBanking #')).toBe(true);
    expect(result.match(/#/g)?.length).toBeLessThanOrEqual(3);
    const full = 'Post #A1 #B1 #C1';
    expect(improveOffline(full, 'hashtags', options)).toBe(full);
  });

  it('adds nothing that would not fit', () => {
    const full = 'a'.repeat(279);
    expect(improveOffline(full, 'hashtags', options)).toBe(full);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platforms, type Platform } from '../../publishing/platforms';
import { trendSourceIds } from '../trend-item';
import { formatFit, type TrendShape } from './format-fit';

const news: TrendShape = { sources: ['newsapi'], hasImage: false, hasLink: true, summaryLength: 180, titleLength: 70 };

describe('formatFit', () => {
  it('suggests a single post for linked news', () => {
    expect(formatFit(news, ['bluesky'])).toEqual({ score: 0.9, platform: 'bluesky', format: 'single' });
    expect(formatFit(news, ['mastodon']).format).toBe('single');
  });

  it('suggests a thread when the summary is longer than one post', () => {
    expect(formatFit({ ...news, summaryLength: 900 }, ['x'])).toEqual({ score: 0.95, platform: 'x', format: 'thread' });
  });

  it('suggests a carousel or a single post with the image when the trend has one', () => {
    const fit = formatFit({ ...news, hasLink: false, hasImage: true }, ['bluesky']);
    expect(fit.score).toBeCloseTo(0.85, 10);
    expect(['carousel', 'single']).toContain(fit.format);
  });

  it('suggests a short single post for Google Trends search terms', () => {
    const searchTerm: TrendShape = { sources: ['google_trends'], hasImage: false, hasLink: false, summaryLength: 0, titleLength: 14 };
    expect(formatFit(searchTerm, ['mastodon'])).toEqual({ score: 0.95, platform: 'mastodon', format: 'single' });
  });

  it('prefers X for a conversation counted on X', () => {
    const counted: TrendShape = { sources: ['x'], hasImage: false, hasLink: false, summaryLength: 0, titleLength: 10 };
    expect(formatFit(counted, ['bluesky', 'x', 'mastodon'])).toEqual({ score: 1, platform: 'x', format: 'single' });
  });

  it('chooses among the brand’s platforms, or all of them when none is connected', () => {
    expect(formatFit(news, ['sandbox']).platform).toBe('sandbox');
    expect(formatFit(news, ['sandbox', 'mastodon']).platform).toBe('mastodon');
    expect(formatFit(news, []).platform).toBe('x');
  });

  it('always answers a score in [0, 1] and one of the offered platforms', () => {
    const shape = fc.record({
      sources: fc.subarray([...trendSourceIds]),
      hasImage: fc.boolean(),
      hasLink: fc.boolean(),
      summaryLength: fc.nat(10_000),
      titleLength: fc.nat(500),
    });
    fc.assert(
      fc.property(shape, fc.subarray<Platform>([...platforms]), (trendShape, offered) => {
        const fit = formatFit(trendShape, offered);
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(1);
        expect(offered.length === 0 ? platforms : offered).toContain(fit.platform);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { trendItemSchema } from '@socialseed/core/trends/trend-item';
import { trendRequest } from '../_shared/test-support';
import { sandboxWindowMs } from './sandbox-trends';
import { createSandboxTrendSource } from './sandbox-trends.source';

const sandbox = createSandboxTrendSource();
const base = trendRequest({ industries: ['fintech'], interests: ['open banking', 'Small business cash flow'], now: new Date('2026-11-02T10:00:00Z') });
const at = (windows: number) => ({ ...base, now: new Date(base.now.getTime() + windows * sandboxWindowMs) });

describe('Sandbox trend source', () => {
  it('is deterministic for the same audience and window', async () => {
    const first = await sandbox.fetch(base);
    const again = await sandbox.fetch({ ...base, now: new Date('2026-11-02T11:59:00Z') });
    expect(again).toEqual(first);
  });

  it('returns 10–25 valid items that read like headlines, drawn from the industry and the pillars', async () => {
    for (let window = 0; window < 12; window += 1) {
      const items = await sandbox.fetch(at(window));
      expect(items.length).toBeGreaterThanOrEqual(10);
      expect(items.length).toBeLessThanOrEqual(25);
      for (const item of items) {
        expect(trendItemSchema.safeParse(item).success).toBe(true);
        expect(item).toMatchObject({ source: 'sandbox', channel: 'Sandbox', imageUrl: null });
        expect(item.url).toBe(`https://sandbox.socialseed.local/trends/${item.externalId.replace(/^sandbox:/, '')}`);
        expect(item.title).toMatch(/^[A-Z]/);
        expect(item.summary).toMatch(/^[A-Z].*\.$/);
        expect(item.publishedAt.getTime()).toBeLessThanOrEqual(at(window).now.getTime());
      }
    }
    const titles = (await Promise.all([0, 1, 2, 3, 4, 5].map((window) => sandbox.fetch(at(window))))).flat().map((item) => item.title);
    expect(titles).toContain('Open banking API traffic hits a record high');
    expect(titles.some((title) => /open banking/i.test(title) && !title.includes('API traffic'))).toBe(true);
    expect(titles.some((title) => /small business cash flow/i.test(title))).toBe(true);
  });

  it('varies across 6-hour windows: some topics persist with new numbers, others come and go', async () => {
    const now = await sandbox.fetch(at(0));
    const next = await sandbox.fetch(at(1));
    const nextById = new Map(next.map((item) => [item.externalId, item]));
    const persisting = now.filter((item) => nextById.has(item.externalId));
    expect(persisting.length).toBeGreaterThan(0);
    expect(persisting.length).toBeLessThan(Math.max(now.length, next.length));
    expect(persisting.some((item) => item.engagement.score !== nextById.get(item.externalId)?.engagement.score)).toBe(true);
    // A topic still rising keeps its first-seen time (the same trend, hotter or cooler); none moves back in time.
    expect(persisting.some((item) => nextById.get(item.externalId)?.publishedAt.getTime() === item.publishedAt.getTime())).toBe(true);
    for (const item of persisting) expect(nextById.get(item.externalId)?.publishedAt.getTime()).toBeGreaterThanOrEqual(item.publishedAt.getTime());
  });

  it('shows a different audience different topics', async () => {
    const health = await sandbox.fetch({ ...base, industries: ['health'], interests: [] });
    expect(health.some((item) => item.title === 'Telehealth visits settle into a new normal' || item.title.includes('GLP-1') || item.title.includes('Wearables'))).toBe(true);
    expect(health.every((item) => !/open banking/i.test(item.title))).toBe(true);
    const unknown = await sandbox.fetch({ ...base, industries: ['aerospace'], interests: [] });
    expect(unknown.length).toBeGreaterThanOrEqual(10);
  });

  it('costs one unit and makes no requests', () => {
    expect(sandbox.requestCost(base)).toBe(1);
    expect(sandbox.rateLimit.capacity).toBeGreaterThanOrEqual(1_000);
  });
});

import crypto from 'node:crypto';
import type { TestApp } from './test-app';

/**
 * A stored trend in the organization, written through the repository as the pipeline would, for
 * tests of the routes around trends (the pipeline itself has its own tests).
 */
export async function createStoredTrend(t: TestApp, organizationId: string, title = 'Open banking APIs reach small lenders'): Promise<string> {
  const id = crypto.randomUUID();
  const now = t.context.core.clock.now();
  const [embedding] = await t.context.core.trends.lexical.embed([title]);
  await t.context.core.uow.trends.save(
    [
      {
        id,
        organizationId,
        title,
        summary: 'Regional lenders plug into open banking APIs to approve loans in minutes.',
        url: `https://news.example.com/${id}`,
        imageUrl: null,
        category: 'fintech',
        sources: ['rss'],
        mentions: 1,
        engagement: 120,
        engagementPerHour: 30,
        acceleration: null,
        momentum: 0.4,
        sentimentLabel: 'positive',
        sentimentScore: 0.3,
        opportunity: 0.62,
        signature: Array.from({ length: 8 }, (_, index) => index),
        imageHashes: [],
        embedding: embedding!,
        embeddingModel: t.context.core.trends.lexical.model,
        history: [{ at: now.toISOString(), mentions: 1, engagement: 120 }],
        publishedAt: new Date(now.getTime() - 3_600_000),
        firstSeenAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + 30 * 86_400_000),
      },
    ],
    [
      {
        organizationId,
        trendId: id,
        source: 'rss',
        externalId: `https://news.example.com/${id}`,
        title,
        url: `https://news.example.com/${id}`,
        urlKey: null,
        channel: 'Example News',
        engagement: { score: 100, comments: 20, traffic: null },
        imageUrl: null,
        publishedAt: new Date(now.getTime() - 3_600_000),
        seenAt: now,
      },
    ],
  );
  return id;
}

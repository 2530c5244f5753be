import { ProviderError } from '@socialseed/core/ports/social-provider';
import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendItem } from '@socialseed/core/trends/trend-item';
import { finalizeItems } from '../_shared/finalize-items';
import { classifySourceStatus, createSourceHttp, isSuccess, type SourceHttpOptions } from '../_shared/source-http';
import { parseXml } from '../_shared/xml';
import { googleTrendsDraft } from './google-trends.map';
import { trendsFeedSchema } from './google-trends.schemas';

export interface GoogleTrendsSourceOptions extends SourceHttpOptions {
  /** https://trends.google.com/trending/rss — `?geo=XX` is appended. */
  url: string;
}

const geoPattern = /^[A-Z]{2}$/;

/** Google's daily search trends for the request's country, from its public RSS feed. */
export function createGoogleTrendsSource(options: GoogleTrendsSourceOptions): TrendSource {
  const http = createSourceHttp(options);
  const hasGeo = (geo: string) => geoPattern.test(geo.trim().toUpperCase());

  return {
    id: 'google_trends',
    // Unpublished and unauthenticated: stay well under anything that looks like scraping.
    rateLimit: { capacity: 60, refillPerSecond: 1 },
    requestCost: (request) => (hasGeo(request.geo) ? 1 : 0),
    async fetch(request): Promise<TrendItem[]> {
      if (!hasGeo(request.geo)) return [];
      const geo = request.geo.trim().toUpperCase();
      const what = `Google Trends (${geo})`;
      const url = new URL(options.url);
      url.searchParams.set('geo', geo);
      const response = await http({
        method: 'GET',
        url: url.toString(),
        headers: { accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8' },
        idempotent: true,
        bucket: 'google_trends',
      });
      if (!isSuccess(response)) throw classifySourceStatus(response, what, 'rejected');
      // Any JSON body (a consent or error page) is as unexpected as broken XML.
      if (typeof response.body !== 'string') throw new ProviderError('retry', `${what}: malformed answer (not XML)`, { status: response.status });
      const feed = trendsFeedSchema.safeParse(parseXml(response.body, what));
      if (!feed.success) throw new ProviderError('retry', `${what}: malformed feed (no rss/channel)`, { status: response.status });
      const drafts = (feed.data.rss.channel.item ?? []).flatMap((item) => googleTrendsDraft(item, geo, request.now) ?? []);
      return finalizeItems('google_trends', drafts.slice(0, Math.max(1, request.limitPerList)));
    },
  };
}

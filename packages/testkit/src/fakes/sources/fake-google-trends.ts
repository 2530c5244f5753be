import { SourceFakeServer, type SourceFakeAnswer } from './source-fake-server';
import { googleTrendsFixtures, googleTrendsRss, type TrendsItemFixture } from './google-trends-fixtures';

export interface FakeGoogleTrendsOptions {
  trends?: Record<string, TrendsItemFixture[]>;
}

/** Google answers errors with an HTML page; its 429 carries Retry-After. */
function googleError(status: number): SourceFakeAnswer {
  const answer: SourceFakeAnswer = { status, contentType: 'text/html; charset=UTF-8', body: `<!DOCTYPE html><html lang=en><title>Error ${status}</title><p><b>${status}.</b> That’s an error.</p></html>` };
  if (status === 429) answer.headers = { 'retry-after': '600' };
  return answer;
}

/**
 * A fake Google Trends daily RSS: GET /trending/rss?geo=XX (so `url` is `${baseUrl}/trending/rss`).
 * It checks geo is an upper-case country code and answers unknown countries with 404, as Google does.
 */
export class FakeGoogleTrends extends SourceFakeServer {
  constructor(options: FakeGoogleTrendsOptions = {}) {
    const trends = options.trends ?? googleTrendsFixtures;
    super(
      'Google Trends',
      [
        {
          method: 'GET',
          path: '/trending/rss',
          validate: (request) => (/^[A-Z]{2}$/.test(request.query.get('geo') ?? '') ? [] : [`geo must be an upper-case country code, got ${request.query.get('geo')}`]),
          handle: (request) => {
            const geo = request.query.get('geo') ?? '';
            const items = trends[geo];
            if (!items) return googleError(404);
            return { status: 200, contentType: 'application/rss+xml; charset=utf-8', body: googleTrendsRss(geo, items) };
          },
        },
      ],
      googleError,
    );
  }

  /** The connector's `url` option for this fake. */
  get feedUrl(): string {
    return `${this.baseUrl}/trending/rss`;
  }
}

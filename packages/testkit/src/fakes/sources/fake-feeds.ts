import { SourceFakeServer, type SourceFakeAnswer } from './source-fake-server';
import { atomFixture, notAFeedFixture, rdfFixture, rss2Fixture } from './feed-fixtures';

export interface FeedDocument {
  body: string;
  contentType: string;
}

function genericError(status: number): SourceFakeAnswer {
  const answer: SourceFakeAnswer = { status, contentType: 'text/html; charset=utf-8', body: `<html><body><h1>${status}</h1></body></html>` };
  if (status === 429) answer.headers = { 'retry-after': '120' };
  return answer;
}

/**
 * A fake feed host: GET /feeds/{name} serves the named document (rss2, atom, rdf, not-a-feed by
 * default; `addFeed` for more), GET /moved/{name} redirects there with a 301, and unknown names
 * answer 404. Faults are per route, or per feed with `injectWhen`.
 */
export class FakeFeeds extends SourceFakeServer {
  readonly feeds: Map<string, FeedDocument>;

  constructor() {
    const feeds = new Map<string, FeedDocument>([
      ['rss2', { body: rss2Fixture, contentType: 'application/rss+xml; charset=UTF-8' }],
      ['atom', { body: atomFixture, contentType: 'application/atom+xml; charset=utf-8' }],
      ['rdf', { body: rdfFixture, contentType: 'application/rdf+xml' }],
      ['not-a-feed', { body: notAFeedFixture, contentType: 'application/xhtml+xml' }],
    ]);
    super(
      'feed host',
      [
        {
          method: 'GET',
          path: '/feeds/{name}',
          handle: (request) => {
            const feed = feeds.get(request.params.name ?? '');
            return feed ? { status: 200, contentType: feed.contentType, body: feed.body } : genericError(404);
          },
        },
        { method: 'GET', path: '/moved/{name}', handle: (request) => ({ status: 301, headers: { location: `/feeds/${request.params.name}` } }) },
      ],
      genericError,
    );
    this.feeds = feeds;
  }

  /** The URL of a feed the fake serves (or will serve once added). */
  url(name: string): string {
    return `${this.baseUrl}/feeds/${name}`;
  }

  addFeed(name: string, body: string, contentType = 'application/rss+xml'): void {
    this.feeds.set(name, { body, contentType });
  }
}

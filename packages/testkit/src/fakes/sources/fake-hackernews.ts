import { SourceFakeServer, type SourceFakeAnswer } from './source-fake-server';
import { hackerNewsItems, hackerNewsTopStories } from './hackernews-fixtures';

export interface FakeHackerNewsOptions {
  items?: Record<number, Record<string, unknown>>;
  topStories?: number[];
}

/** Firebase's error body, e.g. {"error": "Permission denied"}. */
function firebaseError(status: number): SourceFakeAnswer {
  const messages: Record<number, string> = { 400: 'Invalid path', 401: 'Permission denied', 404: 'Not found', 429: 'Too many requests', 503: 'Service Unavailable' };
  const answer: SourceFakeAnswer = { status, body: { error: messages[status] ?? 'Internal server error' } };
  if (status === 429) answer.headers = { 'retry-after': '30' };
  return answer;
}

/**
 * A fake Hacker News Firebase API: GET /v0/topstories.json and /v0/item/{id}.json, no auth.
 * Unknown ids answer `null` with 200, as Firebase does. Per-item faults go through
 * `injectWhen('GET /v0/item/{id}.json', (request) => request.params.id === '…', fault)`.
 */
export class FakeHackerNews extends SourceFakeServer {
  readonly items: Map<number, Record<string, unknown>>;
  /** The same array the route serves; tests may change it in place. */
  readonly topStories: number[];

  constructor(options: FakeHackerNewsOptions = {}) {
    const items = new Map(Object.entries(options.items ?? hackerNewsItems).map(([id, item]) => [Number(id), item]));
    const state = { topStories: [...(options.topStories ?? hackerNewsTopStories)] };
    super(
      'Hacker News',
      [
        { method: 'GET', path: '/v0/topstories.json', handle: () => ({ status: 200, body: state.topStories }) },
        {
          method: 'GET',
          path: '/v0/item/{id}.json',
          validate: (request) => (/^\d+$/.test(request.params.id ?? '') ? [] : [`item id must be numeric, got ${request.params.id}`]),
          handle: (request) => ({ status: 200, body: items.get(Number(request.params.id)) ?? null }),
        },
      ],
      firebaseError,
    );
    this.items = items;
    this.topStories = state.topStories;
  }
}

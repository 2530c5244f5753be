import { SourceFakeServer, type SourceFakeAnswer, type SourceFakeRequest } from './source-fake-server';
import { everythingFixture, topHeadlinesFixture, type NewsApiArticle } from './newsapi-fixtures';

export interface FakeNewsApiOptions {
  apiKey?: string;
  headlines?: NewsApiArticle[];
}

const errorCodes: Record<number, { code: string; message: string }> = {
  400: { code: 'parameterInvalid', message: 'You have included a parameter in your request which is currently not supported.' },
  401: { code: 'apiKeyInvalid', message: 'Your API key is invalid or incorrect. Check your key, or go to https://newsapi.org to create a free API key.' },
  404: { code: 'parameterInvalid', message: 'Endpoint not found.' },
  429: { code: 'rateLimited', message: 'You have been rate limited. Back off for a while before trying the request again.' },
  500: { code: 'unexpectedError', message: 'This shouldn\'t happen, and if it does then it\'s our fault, not yours. Try the request again shortly.' },
};

/** NewsAPI's error body: {status:"error", code, message}. */
export function newsApiError(status: number, code?: string, message?: string): SourceFakeAnswer {
  const known = errorCodes[status] ?? errorCodes[status >= 500 ? 500 : 400] ?? { code: 'unexpectedError', message: 'Error' };
  return { status, body: { status: 'error', code: code ?? known.code, message: message ?? known.message } };
}

function pageSizeProblems(request: SourceFakeRequest): string[] {
  const pageSize = request.query.get('pageSize');
  if (pageSize === null) return [];
  const value = Number(pageSize);
  return Number.isInteger(value) && value >= 1 && value <= 100 ? [] : [`pageSize must be 1–100, got ${pageSize}`];
}

/**
 * A fake NewsAPI (https://newsapi.org): /v2/top-headlines and /v2/everything with the key in
 * X-Api-Key. It answers a missing or wrong key with NewsAPI's 401 apiKeyMissing/apiKeyInvalid,
 * checks pageSize ≤ 100 and the required parameters, and words every error as
 * {status:"error", code, message}.
 */
export class FakeNewsApi extends SourceFakeServer {
  readonly apiKey: string;

  constructor(options: FakeNewsApiOptions = {}) {
    const apiKey = options.apiKey ?? 'fake-newsapi-key';
    const headlines = options.headlines ?? topHeadlinesFixture;
    const authenticate = (request: SourceFakeRequest): SourceFakeAnswer | null => {
      const presented = request.headers['x-api-key'] ?? request.query.get('apiKey') ?? /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!presented) return newsApiError(401, 'apiKeyMissing', 'Your API key is missing. Append this to the URL with the apiKey param, or use the x-api-key HTTP header.');
      return presented === apiKey ? null : newsApiError(401, 'apiKeyInvalid');
    };
    const page = (articles: NewsApiArticle[], request: SourceFakeRequest): SourceFakeAnswer => {
      const pageSize = Number(request.query.get('pageSize') ?? '20');
      return { status: 200, body: { status: 'ok', totalResults: articles.length, articles: articles.slice(0, pageSize) } };
    };
    super(
      'NewsAPI',
      [
        {
          method: 'GET',
          path: '/v2/top-headlines',
          validate: (request) => [
            ...pageSizeProblems(request),
            ...(['country', 'category', 'sources', 'q'].some((name) => request.query.has(name)) ? [] : ['one of country, category, sources or q is required']),
            ...(request.query.has('country') && !/^[a-z]{2}$/.test(request.query.get('country') ?? '') ? ['country must be a lower-case 2-letter code'] : []),
          ],
          handle: (request) => authenticate(request) ?? page(request.query.get('country') === 'us' ? headlines : [], request),
        },
        {
          method: 'GET',
          path: '/v2/everything',
          validate: (request) => [
            ...pageSizeProblems(request),
            ...(['q', 'qInTitle', 'sources', 'domains'].some((name) => request.query.has(name)) ? [] : ['one of q, qInTitle, sources or domains is required']),
            ...(['relevancy', 'popularity', 'publishedAt', null].includes(request.query.get('sortBy')) ? [] : ['sortBy must be relevancy, popularity or publishedAt']),
          ],
          handle: (request) => authenticate(request) ?? page(everythingFixture(request.query.get('q') ?? ''), request),
        },
      ],
      (status) => newsApiError(status),
    );
    this.apiKey = apiKey;
  }
}

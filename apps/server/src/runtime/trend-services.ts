import type { Config } from '../config/config';
import type { TrendServices } from '@socialseed/core/trends/trend-services';
import { defaultTrendPipelineSettings } from '@socialseed/core/trends/trend-services';
import { createLexicalEmbedder } from '@socialseed/core/trends/embedding/lexical-embedder';
import { createTrendSources } from '@socialseed/connectors/sources/create-trend-sources';
import { createWinkTextAnalyzer } from '@socialseed/connectors/nlp/wink-text-analyzer';
import { createOpenAiCompatibleEmbedder } from '@socialseed/connectors/ai/openai-compatible-embedder';
import { createDhashImageHasher } from '@socialseed/connectors/media/dhash-image-hasher';
import { publicOnlyFetch } from '@socialseed/connectors/_shared/public-network';

/**
 * The trend pipeline's parts from configuration: keyless sources unless turned off, keyed
 * sources when their keys are set, the Sandbox unless turned off, provider embeddings when
 * EMBEDDINGS_BASE_URL is set (the lexical model otherwise and as the fallback).
 */
export function trendServicesFromConfig(config: Config): TrendServices {
  const analyzer = createWinkTextAnalyzer();
  const lexical = createLexicalEmbedder(analyzer);
  const publicSources = config.TRENDS_PUBLIC_SOURCES;
  return {
    sources: createTrendSources({
      allowPrivateAddresses: config.TRENDS_ALLOW_PRIVATE_FEEDS,
      reddit:
        config.REDDIT_CLIENT_ID && config.REDDIT_CLIENT_SECRET
          ? { clientId: config.REDDIT_CLIENT_ID, clientSecret: config.REDDIT_CLIENT_SECRET, userAgent: config.REDDIT_USER_AGENT, authBaseUrl: config.REDDIT_AUTH_BASE_URL, apiBaseUrl: config.REDDIT_API_BASE_URL }
          : null,
      newsapi: config.NEWSAPI_KEY ? { apiKey: config.NEWSAPI_KEY, baseUrl: config.NEWSAPI_BASE_URL } : null,
      hackernews: publicSources ? { baseUrl: config.HACKERNEWS_BASE_URL } : null,
      googleTrends: publicSources ? { url: config.GOOGLE_TRENDS_URL } : null,
      rss: publicSources,
      x: config.X_BEARER_TOKEN ? { bearerToken: config.X_BEARER_TOKEN, baseUrl: config.X_API_BASE_URL } : null,
      sandbox: config.TRENDS_SANDBOX,
    }),
    analyzer,
    embedder: config.EMBEDDINGS_BASE_URL
      ? createOpenAiCompatibleEmbedder({ baseUrl: config.EMBEDDINGS_BASE_URL, apiKey: config.EMBEDDINGS_API_KEY ?? null, model: config.EMBEDDINGS_MODEL })
      : lexical,
    lexical,
    // Picture URLs come from feeds and posts on the internet: public addresses only, as for feeds.
    images: createDhashImageHasher(config.TRENDS_ALLOW_PRIVATE_FEEDS ? {} : { fetch: publicOnlyFetch() }),
    settings: { ...defaultTrendPipelineSettings, minIntervalMs: config.TRENDS_MIN_INTERVAL_MINUTES * 60_000 },
  };
}

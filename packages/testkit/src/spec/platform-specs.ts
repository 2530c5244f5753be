import { openApiValidator, type OpenApiRequestValidator } from './openapi-request-validator';

/** X API v2, the official OpenAPI 3.0 document (xdevplatform/xdk), validated strictly. */
export function xSpec(): OpenApiRequestValidator {
  return openApiValidator('x/openapi.json');
}

/**
 * Mastodon, the community-generated OpenAPI 3.1 document (abraham/mastodon-openapi). Its status
 * variants overlap under `oneOf` (text + media matches TextStatus and MediaStatus), so `oneOf` is
 * read as `anyOf`; everything else is strict.
 */
export function mastodonSpec(): OpenApiRequestValidator {
  return openApiValidator('mastodon/openapi.json', { oneOfAsAnyOf: true, railsArrayQuery: true });
}

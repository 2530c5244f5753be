import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { httpMethods, loadOpenApiDocument } from './openapi-document';
import type { OpenApiRequestValidator } from './openapi-request-validator';
import { mastodonSpec, xSpec } from './platform-specs';
import { specsDir } from './specs-dir';

const bearer = { authorization: 'Bearer token' };
const json = (value: unknown) => ({ headers: { ...bearer, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(value)) });

async function multipart(fields: Record<string, string | Blob>): Promise<{ headers: Record<string, string>; body: Buffer }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request('http://local.invalid/', { method: 'POST', body: form });
  return { headers: { ...bearer, 'content-type': request.headers.get('content-type') ?? '' }, body: Buffer.from(await request.arrayBuffer()) };
}

async function check(validator: OpenApiRequestValidator, method: string, url: string, parts: { headers?: Record<string, string>; body?: Buffer } = {}) {
  const violations = await validator.validateRaw({ method, url, headers: parts.headers ?? bearer, ...(parts.body ? { body: parts.body } : {}) });
  return violations.map((violation) => `${violation.where}: ${violation.message}`);
}

describe('X API v2 (OpenAPI 3.0)', () => {
  const x = xSpec();

  it('accepts a post, a threaded reply and a post with media', async () => {
    expect(await check(x, 'POST', '/2/tweets', json({ text: 'hello' }))).toEqual([]);
    expect(await check(x, 'POST', '/2/tweets', json({ text: 'reply', reply: { in_reply_to_tweet_id: '1346889436626259968' } }))).toEqual([]);
    expect(await check(x, 'POST', '/2/tweets', json({ text: 'pics', media: { media_ids: ['1146654567674912769'] } }))).toEqual([]);
  });

  it('rejects unknown fields (TweetCreateRequest has additionalProperties: false) and bad media lists', async () => {
    expect(await check(x, 'POST', '/2/tweets', json({ text: 'hi', in_reply_to_tweet_id: '1' }))).toEqual(["body: must NOT have additional properties 'in_reply_to_tweet_id'"]);
    expect(await check(x, 'POST', '/2/tweets', json({ text: 'hi', media: { media_ids: [] } }))).toEqual(['body: /media/media_ids must NOT have fewer than 1 items']);
    expect(await check(x, 'POST', '/2/tweets', json({ media: { media_ids: ['1', '2', '3', '4', '5'] } }))).toEqual(['body: /media/media_ids must NOT have more than 4 items']);
    expect(await check(x, 'POST', '/2/tweets', json({ reply: { in_reply_to_tweet_id: 'not-an-id' } }))).toEqual(['body: /reply/in_reply_to_tweet_id must match pattern "^[0-9]{1,19}$"']);
  });

  it('requires credentials, a body of a documented type, and well-formed JSON', async () => {
    expect(await check(x, 'POST', '/2/tweets', { headers: { 'content-type': 'application/json' }, body: Buffer.from('{"text":"hi"}') })).toEqual([
      'security: no credentials for OAuth2UserToken or UserToken (e.g. Authorization: Bearer …)',
    ]);
    expect(await check(x, 'POST', '/2/tweets', { headers: { ...bearer, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('text=hi') })).toEqual([
      'content-type: application/x-www-form-urlencoded is not one of application/json',
    ]);
    expect(await check(x, 'POST', '/2/tweets', { headers: { ...bearer, 'content-type': 'application/json' }, body: Buffer.from('{"text":') })).toEqual([
      expect.stringMatching(/^body: cannot be parsed as application\/json/),
    ]);
    expect(await check(x, 'POST', '/2/tweets')).toEqual(['body: is required']);
  });

  it('checks path and query parameters: patterns, comma lists, enums, required and unknown names', async () => {
    expect(await check(x, 'GET', '/2/tweets?ids=1,2&tweet.fields=public_metrics,created_at')).toEqual([]);
    expect(await check(x, 'GET', '/2/tweets?ids=1,two&tweet.fields=likes&expansions=author_id&foo=1')).toEqual([
      'query.ids: /1 must match pattern "^[0-9]{1,19}$"',
      expect.stringMatching(/^query.tweet.fields: \/0 must be equal to one of the allowed values/),
      'query.foo: is not a parameter of this operation',
    ]);
    expect(await check(x, 'GET', '/2/tweets')).toEqual(['query.ids: is required']);
    expect(await check(x, 'GET', '/2/users/42/tweets?max_results=500&start_time=yesterday')).toEqual([
      'query.max_results: must be <= 100',
      'query.start_time: must match format "date-time"',
    ]);
    expect(await check(x, 'DELETE', '/2/tweets/abc')).toEqual(['path.id: must match pattern "^[0-9]{1,19}$"']);
    expect(await check(x, 'GET', '/2/tweets/search/recent?query=conversation_id:1&max_results=100')).toEqual([]);
  });

  it('checks multipart field names of the one-shot media upload', async () => {
    const image = new Blob([Buffer.from('png')], { type: 'image/png' });
    expect(await check(x, 'POST', '/2/media/upload', await multipart({ media: image, media_category: 'tweet_image', media_type: 'image/png' }))).toEqual([]);
    expect(await check(x, 'POST', '/2/media/upload', await multipart({ media: image }))).toEqual(["body: must have required property 'media_category'"]);
    expect(await check(x, 'POST', '/2/media/upload', await multipart({ file: image, media_category: 'tweet_image' }))).toEqual([
      "body: must have required property 'media'",
      "body: must NOT have additional properties 'file'",
    ]);
  });

  it('reports operations the spec does not have', async () => {
    expect(await check(x, 'POST', '/2/oauth2/token')).toEqual(['operation: X API v2 has no operation POST /2/oauth2/token']);
    expect(await check(x, 'PATCH', '/2/tweets')).toEqual(['operation: X API v2 has no operation PATCH /2/tweets']);
  });
});

describe('Mastodon (OpenAPI 3.1)', () => {
  const mastodon = mastodonSpec();

  it('accepts a status with text and media (overlapping oneOf variants) and an Idempotency-Key', async () => {
    const request = json({ status: 'hello', media_ids: ['1', '2'], in_reply_to_id: '9', visibility: 'public' });
    expect(await check(mastodon, 'POST', '/api/v1/statuses', { ...request, headers: { ...request.headers, 'idempotency-key': 'abc' } })).toEqual([]);
  });

  it('rejects a status with a bad visibility and nothing to post', async () => {
    expect(await check(mastodon, 'POST', '/api/v1/statuses', json({ visibility: 'loud' }))).toEqual(
      expect.arrayContaining(['body: /visibility must be equal to one of the allowed values ["public","unlisted","private","direct"]', 'body: must match a schema in anyOf']),
    );
  });

  it('checks query types, anonymous operations and security', async () => {
    expect(await check(mastodon, 'GET', '/api/v1/accounts/1/statuses?limit=40&exclude_reblogs=true&max_id=5')).toEqual([]);
    expect(await check(mastodon, 'GET', '/api/v1/accounts/1/statuses?limit=many')).toEqual(['query.limit: must be integer']);
    expect(await check(mastodon, 'GET', '/api/v2/instance', { headers: {} })).toEqual([]);
    expect(await check(mastodon, 'GET', '/api/v1/accounts/verify_credentials', { headers: {} })).toEqual(['security: no credentials for OAuth2 (e.g. Authorization: Bearer …)']);
  });

  it('checks OAuth and media bodies', async () => {
    const token = { grant_type: 'authorization_code', code: 'c', client_id: 'i', client_secret: 's', redirect_uri: 'urn:ietf:wg:oauth:2.0:oob' };
    expect(await check(mastodon, 'POST', '/oauth/token', json(token))).toEqual([]);
    expect(await check(mastodon, 'POST', '/oauth/token', json({ ...token, client_secret: undefined }))).toEqual(["body: must have required property 'client_secret'"]);
    expect(await check(mastodon, 'POST', '/api/v1/apps', json({ client_name: 'Socialseed', redirect_uris: ['https://app.example/cb'], scopes: 'read write' }))).toEqual([]);
    const image = new Blob([Buffer.from('png')], { type: 'image/png' });
    expect(await check(mastodon, 'POST', '/api/v2/media', await multipart({ file: image, description: 'alt' }))).toEqual([]);
    expect(await check(mastodon, 'POST', '/api/v2/media', await multipart({ description: 'alt' }))).toEqual(["body: must have required property 'file'"]);
  });
});

describe('both documents compile completely', () => {
  it.each([
    ['x/openapi.json', xSpec],
    ['mastodon/openapi.json', mastodonSpec],
  ])('%s: every operation validates without a schema error', async (file, spec) => {
    const document = loadOpenApiDocument(file);
    const validator = spec();
    let operations = 0;
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of httpMethods) {
        if (!item?.[method]) continue;
        operations += 1;
        const concrete = template.replace(/\{[^}]+\}/g, '1');
        await validator.validateRaw({ method, url: concrete, headers: { 'content-type': 'application/json' }, body: Buffer.from('{}') }, template);
      }
    }
    expect(operations).toBeGreaterThan(100);
  });
});

describe('where the specs are found', () => {
  const saved = process.env.SOCIALSEED_SPECS_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOCIALSEED_SPECS_DIR;
    else process.env.SOCIALSEED_SPECS_DIR = saved;
  });

  it('defaults to <repo root>/../shared/specs and honours SOCIALSEED_SPECS_DIR', () => {
    delete process.env.SOCIALSEED_SPECS_DIR;
    expect(specsDir()).toBe(path.resolve(import.meta.dirname, '../../../../../shared/specs'));
    process.env.SOCIALSEED_SPECS_DIR = '/elsewhere/specs';
    expect(specsDir()).toBe('/elsewhere/specs');
    expect(() => loadOpenApiDocument('x/openapi.json')).toThrow(/SOCIALSEED_SPECS_DIR/);
  });
});

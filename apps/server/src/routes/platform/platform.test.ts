import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { registerUser } from '../../testing/api-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('platform endpoints', () => {
  it('reports database and queue health', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { ok: true }, queue: { ok: true } });
  });

  it('exposes Prometheus metrics with per-route latency and job counts', async () => {
    await registerUser(t.app);
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toMatch(/http_request_duration_seconds_bucket\{.*route="\/api\/v1\/auth\/register".*status_code="201"/);
    expect(response.body).toContain('# TYPE jobs gauge');
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const register = document.paths['/api/v1/auth/register'].post;
    expect(register.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['email', 'password', 'name']));
    expect(document.paths['/api/v1/brands/{id}']).toBeDefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('sends security headers and a request id, and answers unknown API routes with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    // Uploaded videos play from blob URLs (fetched with the token), like images are shown.
    expect(response.headers['content-security-policy']).toContain("media-src 'self' blob:");
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rejects out-of-range pagination naming the parameter', async () => {
    const user = await registerUser(t.app);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organizations/members?limit=500',
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].field).toBe('limit');
  });

  it('says whether email goes out by SMTP or to the outbox', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(response.json().email.mode).toBe('outbox');
  });
});

describe('metrics behind METRICS_TOKEN', () => {
  const token = 'scrape-token-0123456789';
  let guarded: TestApp;
  beforeAll(async () => {
    guarded = await createTestApp({ METRICS_TOKEN: token });
  });
  afterAll(async () => guarded?.close());

  it('answers 401 without the token or with a wrong one, and the metrics with it', async () => {
    expect((await guarded.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await guarded.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-token-0123456780' } })).statusCode).toBe(401);
    expect((await guarded.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token.slice(0, -1)}` } })).statusCode).toBe(401);
    const allowed = await guarded.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toContain('# TYPE jobs gauge');
  });
});

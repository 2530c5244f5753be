import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONCURRENT_REFRESH_GRACE_MS } from '@socialseed/core/auth/refresh-session';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, refreshCookieOf, registerUser, TEST_PASSWORD, uniqueEmail } from '../../testing/api-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '5', LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
});
afterAll(async () => t.close());

const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/auth${url}`, payload, headers });

describe('register', () => {
  it('creates the user, an organization they own, a session cookie and a verification email', async () => {
    const email = uniqueEmail('Mixed.Case');
    const response = await post('/register', { email, password: TEST_PASSWORD, name: 'Ada', organizationName: 'Acme Agency' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email: email.toLowerCase(), name: 'Ada', emailVerified: false });
    expect(body.organizations).toEqual([expect.objectContaining({ name: 'Acme Agency', slug: 'acme-agency', role: 'owner' })]);
    expect(body.accessToken).toMatch(/^ey/);
    const cookie = response.cookies.find((entry) => entry.name === 'ss_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(t.dispatchedEmails).toHaveLength(1);
    const outboxId = t.dispatchedEmails[0] ?? '';
    const email1 = await t.context.core.uow.emailOutbox.findById(outboxId);
    expect(email1?.actionUrl).toMatch(/\/verify-email\?token=/);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const first = await registerUser(t.app);
    const response = await post('/register', { email: first.email.toUpperCase(), password: TEST_PASSWORD, name: 'Dup' });
    expectFieldError(response, 409, 'email');
  });

  it.each([
    [{ password: TEST_PASSWORD, name: 'No email' }, 'email'],
    [{ email: 'not-an-email', password: TEST_PASSWORD, name: 'X' }, 'email'],
    [{ email: uniqueEmail(), password: 'short', name: 'X' }, 'password'],
    [{ email: uniqueEmail(), password: TEST_PASSWORD }, 'name'],
    [{ email: uniqueEmail(), password: 12345678901, name: 'X' }, 'password'],
  ])('answers 400 naming the bad field for %o', async (payload, field) => {
    expectFieldError(await post('/register', payload), 400, field);
  });

  it('answers 413 for an oversize body and 400 for malformed JSON, never 500', async () => {
    const huge = await post('/register', { email: uniqueEmail(), password: TEST_PASSWORD, name: 'x'.repeat(1_100_000) });
    expectFieldError(huge, 413, 'body');
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: '{"email":', headers: { 'content-type': 'application/json' } });
    expectFieldError(malformed, 400, 'body');
  });
});

describe('login, refresh and logout', () => {
  it('logs in with the right password only', async () => {
    const user = await registerUser(t.app);
    const wrong = await post('/login', { email: user.email, password: 'wrong password!' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    const right = await post('/login', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(right.statusCode).toBe(200);
    expect(right.json().user.id).toBe(user.user.id);
  });

  it('rotates the refresh token and revokes the whole session when an old token is reused', async () => {
    const user = await registerUser(t.app);
    const first = await post('/refresh', undefined, { cookie: user.cookie });
    expect(first.statusCode).toBe(200);
    const rotated = refreshCookieOf(first);
    expect(rotated).not.toBe(user.cookie);

    // Later, the original token is presented again: someone copied it.
    t.clock.advance(CONCURRENT_REFRESH_GRACE_MS + 1000);
    const reuse = await post('/refresh', undefined, { cookie: user.cookie });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.code).toBe('SESSION_INVALID');

    // The legitimate holder of the newest token is signed out too, and so is its access token.
    const afterReuse = await post('/refresh', undefined, { cookie: rotated });
    expect(afterReuse.statusCode).toBe(401);
    const profile = await t.app.inject({ method: 'GET', url: '/api/v1/users/profile', headers: authHeaders(first.json().accessToken) });
    expect(profile.statusCode).toBe(401);
  });

  it('treats two refreshes racing with one cookie as a retry, not as theft', async () => {
    const user = await registerUser(t.app);
    const [first, second] = await Promise.all([post('/refresh', undefined, { cookie: user.cookie }), post('/refresh', undefined, { cookie: user.cookie })]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.statusCode === 200 ? first : second;
    const loser = first.statusCode === 200 ? second : first;
    expect(loser.json().error.details.retry).toBe(true);
    expect(loser.cookies.find((cookie) => cookie.name === 'ss_refresh')).toBeUndefined();
    // The loser's retry carries the cookie the winner received, and the session lives on.
    expect((await post('/refresh', undefined, { cookie: refreshCookieOf(winner) })).statusCode).toBe(200);
  });

  it('logout ends the session for both the refresh token and the access token', async () => {
    const user = await registerUser(t.app);
    const out = await post('/logout', undefined, { cookie: user.cookie });
    expect(out.statusCode).toBe(204);
    expect((await post('/refresh', undefined, { cookie: user.cookie })).statusCode).toBe(401);
    const profile = await t.app.inject({ method: 'GET', url: '/api/v1/users/profile', headers: authHeaders(user.accessToken) });
    expect(profile.statusCode).toBe(401);
  });

  it('rate-limits login attempts per account, even with the right password', async () => {
    const user = await registerUser(t.app);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await post('/login', { email: user.email, password: 'wrong password!' })).statusCode).toBe(401);
    }
    const blocked = await post('/login', { email: user.email, password: TEST_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rejects requests without or with a forged access token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users/profile' })).statusCode).toBe(401);
    const forged = await t.app.inject({ method: 'GET', url: '/api/v1/users/profile', headers: authHeaders('eyJhbGciOiJIUzI1NiJ9.e30.x') });
    expect(forged.statusCode).toBe(401);
  });
});

describe('password reset and email verification', () => {
  async function latestLink(kind: string): Promise<string> {
    const page = await t.context.core.uow.emailOutbox.list({ page: 1, limit: 1 });
    const email = page.items[0];
    expect(email?.kind).toBe(kind);
    return new URL(email?.actionUrl ?? '').searchParams.get('token') ?? '';
  }

  it('resets the password with the emailed token once, and signs out every session', async () => {
    const user = await registerUser(t.app);
    expect((await post('/forgot-password', { email: user.email })).statusCode).toBe(202);
    const token = await latestLink('reset_password');
    const newPassword = 'a brand new password';
    expect((await post('/reset-password', { token, password: newPassword })).statusCode).toBe(204);
    expectFieldError(await post('/reset-password', { token, password: newPassword }), 400, 'token');
    expect((await post('/refresh', undefined, { cookie: user.cookie })).statusCode).toBe(401);
    expect((await post('/login', { email: user.email, password: newPassword })).statusCode).toBe(200);
  });

  it('answers forgot-password the same for unknown emails', async () => {
    expect((await post('/forgot-password', { email: uniqueEmail('nobody') })).statusCode).toBe(202);
  });

  it('verifies the email with the emailed token', async () => {
    const user = await registerUser(t.app);
    const token = await latestLink('verify_email');
    expect((await post('/verify-email', { token })).statusCode).toBe(204);
    const profile = await t.app.inject({ method: 'GET', url: '/api/v1/users/profile', headers: authHeaders(user.accessToken) });
    expect(profile.json().user.emailVerified).toBe(true);
  });
});

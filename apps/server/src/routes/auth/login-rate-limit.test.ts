import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { registerUser, TEST_PASSWORD, uniqueEmail } from '../../testing/api-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '3', LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '100' });
});
afterAll(async () => t.close());

const login = (email: string, remoteAddress: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD }, remoteAddress });

it('rate-limits login attempts per IP across different accounts, leaving other IPs alone', async () => {
  const user = await registerUser(t.app);
  for (let attempt = 0; attempt < 3; attempt++) expect((await login(uniqueEmail('spray'), '203.0.113.7')).statusCode).toBe(401);
  const blocked = await login(user.email, '203.0.113.7');
  expect(blocked.statusCode).toBe(429);
  expect(blocked.json().error.details.scope).toBe('ip');
  expect((await login(user.email, '198.51.100.1')).statusCode).toBe(200);
});

it('limits password-reset emails per address, answering the same whether or not the account exists', async () => {
  const existing = await registerUser(t.app);
  for (const email of [existing.email, uniqueEmail('ghost')]) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email } });
      expect(accepted.statusCode).toBe(202);
    }
    const limited = await t.app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.details.scope).toBe('address');
  }
});

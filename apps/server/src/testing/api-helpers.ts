import crypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export interface RegisteredUser {
  accessToken: string;
  user: { id: string; email: string; name: string };
  organizations: Array<{ id: string; name: string; role: string }>;
  /** `ss_refresh=…` ready for a Cookie header. */
  cookie: string;
  email: string;
  password: string;
  organizationId: string;
}

export const TEST_PASSWORD = 'correct horse battery staple';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${crypto.randomBytes(4).toString('hex')}@example.test`;
}

export function refreshCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((entry) => entry.name === 'ss_refresh');
  if (!cookie) throw new Error(`no refresh cookie in response ${response.statusCode}: ${response.body}`);
  return `ss_refresh=${cookie.value}`;
}

/** Registers a new user (who owns a new organization) through the real API. */
export async function registerUser(
  app: FastifyInstance,
  overrides: Partial<{ email: string; name: string; organizationName: string; inviteToken: string }> = {},
): Promise<RegisteredUser> {
  const email = overrides.email ?? uniqueEmail();
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password: TEST_PASSWORD, name: overrides.name ?? 'Test User', ...overrides },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json() as Omit<RegisteredUser, 'cookie' | 'email' | 'password' | 'organizationId'>;
  const organizationId = body.organizations[0]?.id;
  if (!organizationId) throw new Error('registration returned no organization');
  return { ...body, cookie: refreshCookieOf(response), email, password: TEST_PASSWORD, organizationId };
}

export function authHeaders(accessToken: string, organizationId?: string): Record<string, string> {
  return { authorization: `Bearer ${accessToken}`, ...(organizationId ? { 'x-organization-id': organizationId } : {}) };
}

/** Asserts a 4xx error body that names `field` among its issues. */
export function expectFieldError(response: LightMyRequestResponse, status: number, field: string): void {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json() as { error: { code: string; details: { issues?: Array<{ field: string }> } } };
  const fields = (body.error.details.issues ?? []).map((issue) => issue.field);
  expect(fields, response.body).toContain(field);
}

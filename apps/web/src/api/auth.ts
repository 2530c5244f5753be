import { apiCommand, apiRequest } from './http-client.ts';
import { sessionSchema, type Session } from './schemas/auth.ts';
import { setAccessToken } from './token-store.ts';

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  organizationName?: string;
  inviteToken?: string;
}

async function startSession(path: string, body: unknown): Promise<Session> {
  const session = await apiRequest(path, sessionSchema, { method: 'POST', body, authenticated: false });
  setAccessToken(session.accessToken);
  return session;
}

export function register(input: RegisterInput): Promise<Session> {
  return startSession('/auth/register', input);
}

export function login(input: { email: string; password: string }): Promise<Session> {
  return startSession('/auth/login', input);
}

export async function logout(): Promise<void> {
  try {
    await apiCommand('/auth/logout', { authenticated: false });
  } finally {
    // Forget the token even if the server is unreachable: the person asked to leave.
    setAccessToken(null);
  }
}

export function requestPasswordReset(email: string): Promise<void> {
  return apiCommand('/auth/forgot-password', { body: { email }, authenticated: false });
}

export function resetPassword(token: string, password: string): Promise<void> {
  return apiCommand('/auth/reset-password', { body: { token, password }, authenticated: false });
}

export function verifyEmail(token: string): Promise<void> {
  return apiCommand('/auth/verify-email', { body: { token }, authenticated: false });
}

export function resendVerification(): Promise<void> {
  return apiCommand('/auth/resend-verification');
}

import { createHash, randomBytes } from 'node:crypto';
import type { FakeRequest, FakeResponse, FakeRoute } from '../fake-server';
import { formField } from '../../spec/request-body';
import type { SpecRequest } from '../../spec/openapi-request-validator';
import type { XOAuthClient, XState } from './x-state';

// The X OpenAPI document names these endpoints only in securitySchemes, so the fake checks the
// contract from https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token.
const undocumented = 'OAuth 2.0 endpoints appear only in securitySchemes of the X spec';

function oauthError(status: number, error: string, description: string): FakeResponse {
  return { status, body: { error, error_description: description } };
}

function validateAuthorize(request: SpecRequest): string[] {
  const missing = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method'].filter((name) => !request.query.get(name));
  const problems = missing.map((name) => `query.${name} is required`);
  if (request.query.get('response_type') && request.query.get('response_type') !== 'code') problems.push('query.response_type must be code');
  if (request.query.get('code_challenge_method') && request.query.get('code_challenge_method') !== 'S256') problems.push('query.code_challenge_method must be S256');
  return problems;
}

function validateToken(request: SpecRequest): string[] {
  if (request.body.kind !== 'form') return [`body must be application/x-www-form-urlencoded, got ${request.body.kind === 'none' ? 'nothing' : request.body.mediaType}`];
  const grant = formField(request.body, 'grant_type');
  const needed = grant === 'authorization_code' ? ['code', 'redirect_uri', 'code_verifier'] : grant === 'refresh_token' ? ['refresh_token'] : null;
  if (!needed) return [`body.grant_type ${JSON.stringify(grant)} is not authorization_code or refresh_token`];
  const problems = needed.filter((name) => !formField(request.body, name)).map((name) => `body.${name} is required`);
  if (!formField(request.body, 'client_id') && !/^Basic /i.test(request.headers.authorization ?? '')) problems.push('client_id (public client) or Basic authorization (confidential client) is required');
  return problems;
}

/** Public clients name themselves in the body; confidential ones must send Basic credentials. */
function authenticateClient(state: XState, request: FakeRequest): XOAuthClient | null {
  const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (basic) {
    const [clientId = '', secret = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    const client = state.clients.get(decodeURIComponent(clientId));
    return client && client.clientSecret !== null && client.clientSecret === decodeURIComponent(secret) ? client : null;
  }
  const client = state.clients.get(formField(request.body, 'client_id') ?? '');
  return client && client.clientSecret === null ? client : null;
}

function tokenAnswer(state: XState, userId: string, clientId: string, scopes: string[]): FakeResponse {
  const issued = state.issueTokens(userId, clientId, scopes);
  const body: Record<string, unknown> = { token_type: 'bearer', expires_in: issued.expiresIn, access_token: issued.accessToken, scope: scopes.join(' ') };
  if (issued.refreshToken) body.refresh_token = issued.refreshToken;
  return { status: 200, body };
}

function exchangeCode(state: XState, client: XOAuthClient, request: FakeRequest): FakeResponse {
  const code = formField(request.body, 'code') ?? '';
  const grant = state.codes.get(code);
  state.codes.delete(code);
  const verifier = formField(request.body, 'code_verifier') ?? '';
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const valid = grant && grant.clientId === client.clientId && grant.expiresAt > state.now() && grant.redirectUri === formField(request.body, 'redirect_uri') && grant.codeChallenge === challenge;
  if (!valid) return oauthError(400, 'invalid_request', 'Value passed for the authorization code was invalid.');
  return tokenAnswer(state, grant.userId, client.clientId, grant.scopes);
}

function refresh(state: XState, client: XOAuthClient, request: FakeRequest): FakeResponse {
  const token = formField(request.body, 'refresh_token') ?? '';
  const grant = state.refreshTokens.get(token);
  if (!grant || grant.clientId !== client.clientId) return oauthError(400, 'invalid_request', 'Value passed for the token was invalid.');
  // X rotates refresh tokens: the old one stops working once used.
  state.refreshTokens.delete(token);
  return tokenAnswer(state, grant.userId, client.clientId, grant.scopes);
}

/**
 * The consent screen (auto-approved as `consentingUser()`, as if the user clicked Authorize) and
 * the token endpoint with authorization_code + PKCE S256 and rotating refresh_token grants.
 */
export function xOAuthRoutes(state: XState, consentingUser: () => string): FakeRoute[] {
  return [
    {
      method: 'GET',
      path: '/i/oauth2/authorize',
      auth: 'none',
      undocumented: { reason: undocumented, validate: validateAuthorize },
      handle(request) {
        const client = state.clients.get(request.query.get('client_id') ?? '');
        const redirectUri = request.query.get('redirect_uri') ?? '';
        if (!client || !client.redirectUris.includes(redirectUri)) return { status: 400, body: 'Something went wrong: unknown client or redirect_uri', contentType: 'text/plain' };
        const code = randomBytes(18).toString('base64url');
        const scopes = (request.query.get('scope') ?? '').split(' ').filter(Boolean);
        const expiresAt = new Date(state.now().getTime() + 30_000);
        state.codes.set(code, { clientId: client.clientId, userId: consentingUser(), redirectUri, codeChallenge: request.query.get('code_challenge') ?? '', scopes, expiresAt });
        const location = new URL(redirectUri);
        location.searchParams.set('state', request.query.get('state') ?? '');
        location.searchParams.set('code', code);
        return { status: 302, headers: { location: location.toString() } };
      },
    },
    {
      method: 'POST',
      path: '/2/oauth2/token',
      auth: 'none',
      undocumented: { reason: undocumented, validate: validateToken },
      handle(request) {
        const client = authenticateClient(state, request);
        if (!client) return oauthError(401, 'unauthorized_client', 'Missing valid authorization header');
        return formField(request.body, 'grant_type') === 'refresh_token' ? refresh(state, client, request) : exchangeCode(state, client, request);
      },
    },
  ];
}

import { createHash, randomBytes } from 'node:crypto';
import type { FakeRequest, FakeResponse, FakeRoute } from '../fake-server';
import { mastodonError, renderAccount } from './mastodon-render';
import type { MastodonState } from './mastodon-state';

/** Deletes one dotted path (`statuses.max_characters`) from an object, if it is there. */
function omit(target: Record<string, unknown>, path: string): void {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) {
    delete target[head];
    return;
  }
  const child = target[head];
  if (child && typeof child === 'object') omit(child as Record<string, unknown>, rest.join('.'));
}

function instance(state: MastodonState): Record<string, unknown> {
  const document = fullInstance(state);
  for (const path of state.omittedInstanceFields) omit(document.configuration, path);
  return document;
}

function fullInstance(state: MastodonState): Record<string, unknown> & { configuration: Record<string, unknown> } {
  const { limits } = state;
  return {
    domain: state.domain,
    title: 'Fake Mastodon',
    version: '4.3.0',
    source_url: 'https://github.com/mastodon/mastodon',
    description: 'A fake instance for Socialseed tests',
    usage: { users: { active_month: state.accounts.size } },
    thumbnail: { url: `https://${state.domain}/packs/media/images/preview.png` },
    languages: ['en'],
    configuration: {
      urls: { streaming: `wss://${state.domain}` },
      accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
      statuses: { max_characters: limits.maxCharacters, max_media_attachments: limits.maxMediaAttachments, characters_reserved_per_url: limits.charactersReservedPerUrl },
      media_attachments: {
        supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'],
        description_limit: limits.descriptionLimit,
        image_size_limit: limits.imageSizeLimit,
        image_matrix_limit: 33_177_600,
        video_size_limit: 103_809_024,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8_294_400,
      },
      polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2_629_746 },
      translation: { enabled: false },
    },
    registrations: { enabled: false, approval_required: false, message: null },
    contact: { email: `admin@${state.domain}`, account: null },
    rules: [],
  };
}

interface TokenParams {
  grant_type?: string;
  code?: string;
  client_id?: string;
  client_secret?: string;
  redirect_uri?: string;
  code_verifier?: string;
}

function exchange(state: MastodonState, request: FakeRequest): FakeResponse {
  const input = (request.body.kind === 'json' ? request.body.value : {}) as TokenParams;
  const app = state.apps.get(input.client_id ?? '');
  if (!app || app.clientSecret !== input.client_secret) {
    return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' } };
  }
  const grant = state.codes.get(input.code ?? '');
  state.codes.delete(input.code ?? '');
  const verifierOk = !grant?.codeChallenge || createHash('sha256').update(input.code_verifier ?? '').digest('base64url') === grant.codeChallenge;
  if (input.grant_type !== 'authorization_code' || !grant || grant.clientId !== app.clientId || grant.redirectUri !== input.redirect_uri || grant.expiresAt <= state.now() || !verifierOk) {
    return { status: 400, body: { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.' } };
  }
  const token = state.issueToken(grant.accountId, grant.scopes);
  return { status: 200, body: { access_token: token, token_type: 'Bearer', scope: grant.scopes.join(' '), created_at: Math.floor(state.now().getTime() / 1000) } };
}

/** Instance metadata, the signed-in account, app registration and the OAuth code flow (PKCE S256). */
export function mastodonAccountRoutes(state: MastodonState): FakeRoute[] {
  return [
    { method: 'GET', path: '/api/v2/instance', auth: 'none', handle: () => ({ status: 200, body: instance(state) }) },
    {
      method: 'GET',
      path: '/api/v1/accounts/verify_credentials',
      auth: 'user',
      handle(request) {
        const account = state.accounts.get(request.principal?.userId ?? '');
        return account ? { status: 200, body: renderAccount(state, account, true) } : mastodonError(401, 'The access token is invalid');
      },
    },
    {
      method: 'GET',
      path: '/api/v1/accounts/lookup',
      auth: 'user',
      handle(request) {
        // Local accounts by `user` or `user@<this domain>`; the fake knows no other instance.
        const [username = '', domain] = (request.query.get('acct') ?? '').replace(/^@/, '').split('@');
        const account = domain === undefined || domain === state.domain ? [...state.accounts.values()].find((candidate) => candidate.username.toLowerCase() === username.toLowerCase()) : undefined;
        return account ? { status: 200, body: renderAccount(state, account) } : mastodonError(404, 'Record not found');
      },
    },
    {
      method: 'POST',
      path: '/api/v1/apps',
      auth: 'none',
      handle(request) {
        const input = (request.body.kind === 'json' ? request.body.value : {}) as { client_name?: string; redirect_uris?: string[] | string; scopes?: string };
        const redirectUris = Array.isArray(input.redirect_uris) ? input.redirect_uris : (input.redirect_uris ?? '').split('\n').filter(Boolean);
        const app = { clientId: randomBytes(16).toString('base64url'), clientSecret: randomBytes(24).toString('base64url'), name: input.client_name ?? '', redirectUris, scopes: (input.scopes ?? 'read').split(' ') };
        state.apps.set(app.clientId, app);
        const body = { id: state.nextId(), name: app.name, website: null, scopes: app.scopes, redirect_uri: redirectUris.join('\n'), redirect_uris: redirectUris, client_id: app.clientId, client_secret: app.clientSecret, client_secret_expires_at: 0 };
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      path: '/oauth/authorize',
      auth: 'none',
      handle(request) {
        // The consent screen, approved at once by the signed-in browser user.
        const app = state.apps.get(request.query.get('client_id') ?? '');
        const redirectUri = request.query.get('redirect_uri') ?? '';
        if (!app || !app.redirectUris.includes(redirectUri)) return mastodonError(400, 'The redirect uri included is not valid.');
        const scopes = (request.query.get('scope') ?? 'read').split(' ').filter(Boolean);
        if (!scopes.every((scope) => app.scopes.some((allowed) => scope === allowed || scope.startsWith(`${allowed}:`)))) return mastodonError(400, 'The requested scope is invalid, unknown, or malformed.');
        const code = randomBytes(18).toString('base64url');
        const accountId = state.consentingAccountId ?? [...state.accounts.keys()][0] ?? '';
        state.codes.set(code, { clientId: app.clientId, accountId, redirectUri, scopes, codeChallenge: request.query.get('code_challenge'), expiresAt: new Date(state.now().getTime() + 600_000) });
        const location = new URL(redirectUri);
        location.searchParams.set('code', code);
        const stateParam = request.query.get('state');
        if (stateParam) location.searchParams.set('state', stateParam);
        return { status: 302, headers: { location: location.toString() } };
      },
    },
    { method: 'POST', path: '/oauth/token', auth: 'none', handle: (request) => exchange(state, request) },
  ];
}

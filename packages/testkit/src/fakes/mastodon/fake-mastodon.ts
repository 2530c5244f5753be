import { mastodonSpec } from '../../spec/platform-specs';
import { FakeServer, type FakePlatform, type FakeRequest, type Principal } from '../fake-server';
import { mastodonAccountRoutes } from './mastodon-account-routes';
import { mastodonMediaRoutes } from './mastodon-media-routes';
import { MastodonRateLimiter } from './mastodon-rate-limits';
import { mastodonError } from './mastodon-render';
import { MastodonState, type MastodonAccount, type MastodonInstanceLimits, type MastodonStatus } from './mastodon-state';
import { mastodonStatusRoutes } from './mastodon-status-routes';

export interface FakeMastodonOptions {
  now?: () => Date;
  /** The instance's LOCAL_DOMAIN, used in URLs and handles. */
  domain?: string;
  limits?: Partial<MastodonInstanceLimits>;
  /**
   * Fields GET /api/v2/instance leaves out, as dotted paths under `configuration` (e.g.
   * `statuses.characters_reserved_per_url`, or `media_attachments` for the whole block): forks
   * and older servers announce less than upstream Mastodon does.
   */
  omitInstanceFields?: string[];
  /** A server older than Mastodon 4.3: GET /api/v1/statuses (many statuses) answers 404. */
  withoutMultipleStatuses?: boolean;
}

const defaultLimits: MastodonInstanceLimits = {
  maxCharacters: 500,
  maxMediaAttachments: 4,
  charactersReservedPerUrl: 23,
  imageSizeLimit: 16 * 1024 * 1024,
  descriptionLimit: 1500,
};

const errorWords: Record<number, string> = {
  401: 'The access token is invalid',
  404: 'Record not found',
  422: 'Validation failed',
  429: 'Too many requests',
  500: "We're sorry, but something went wrong on our end.",
  503: 'Service Unavailable',
};

function mastodonPlatform(state: MastodonState, limiter: MastodonRateLimiter): FakePlatform {
  const authenticate = (authorization: string | undefined): Principal | null => {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    const grant = token ? state.tokens.get(token) : undefined;
    return token && grant && !grant.revoked ? { userId: grant.accountId, scopes: grant.scopes, token } : null;
  };
  const endpoint = (request: FakeRequest) => `${request.method} ${request.template}`;
  return {
    name: 'Mastodon',
    spec: mastodonSpec(),
    now: state.now,
    authenticate,
    unauthorized: () => ({
      ...mastodonError(401, 'The access token is invalid'),
      headers: { 'WWW-Authenticate': 'Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid"' },
    }),
    // The spec lists alternatives (profile or read:accounts); `read` covers every `read:*`.
    scopesCover: (granted, required) => required.some((scope) => granted.some((own) => own === scope || scope.startsWith(`${own}:`))),
    insufficientScope: () => mastodonError(403, 'This action is outside the authorized scopes'),
    errorResponse(status, request) {
      const answer = mastodonError(status, errorWords[status] ?? 'Error');
      if (status !== 429) return answer;
      const who = authenticate(request.headers.authorization)?.userId ?? 'anonymous';
      return { ...answer, headers: limiter.take(endpoint(request), who, true).headers };
    },
    // Mastodon tokens never expire; an "expired" token is one that was revoked.
    expireToken: (token) => {
      const grant = state.tokens.get(token);
      if (grant) grant.revoked = true;
    },
    rateLimit: (request) => limiter.take(endpoint(request), request.principal?.userId ?? 'anonymous'),
  };
}

/**
 * A fake Mastodon instance checked against the Mastodon OpenAPI document: instance metadata,
 * verify_credentials, app registration and OAuth, async media upload (202 then polling), statuses
 * with Idempotency-Key, context and account timelines. Start it with `await new FakeMastodon().start()`.
 */
export class FakeMastodon extends FakeServer {
  readonly state: MastodonState;
  /** GET /api/v1/media/:id polls that answer 206 before an upload is ready; 0 = ready at once. */
  mediaProcessingPolls = 0;

  constructor(options: FakeMastodonOptions = {}) {
    const state = new MastodonState(options.now ?? (() => new Date()), options.domain ?? 'mastodon.example', { ...defaultLimits, ...options.limits });
    state.omittedInstanceFields = options.omitInstanceFields ?? [];
    state.servesMultipleStatuses = !options.withoutMultipleStatuses;
    const media = { processingPolls: () => 0 };
    super(mastodonPlatform(state, new MastodonRateLimiter(state.now)), [...mastodonAccountRoutes(state), ...mastodonMediaRoutes(state, media), ...mastodonStatusRoutes(state)]);
    media.processingPolls = () => this.mediaProcessingPolls;
    this.state = state;
  }

  addAccount(input: { username: string; displayName?: string; followers?: number; following?: number }): MastodonAccount {
    return this.state.addAccount(input);
  }

  /** A token as if the user had pasted one from Preferences → Development. */
  issueToken(accountId: string, scopes: string[] = ['read', 'write']): string {
    return this.state.issueToken(accountId, scopes);
  }

  /** A status by another account, e.g. a reply to one of ours. */
  addStatusBy(accountId: string, text: string, inReplyToId: string | null = null): MastodonStatus {
    const parent = inReplyToId ? this.state.statuses.get(inReplyToId) : undefined;
    const status: MastodonStatus = {
      id: this.state.nextId(),
      accountId,
      text,
      createdAt: this.state.now(),
      inReplyToId: parent?.id ?? null,
      inReplyToAccountId: parent?.accountId ?? null,
      visibility: 'public',
      language: 'en',
      mediaIds: [],
      counts: { replies: 0, reblogs: 0, favourites: 0, quotes: 0 },
    };
    this.state.statuses.set(status.id, status);
    if (parent) parent.counts.replies += 1;
    return status;
  }
}

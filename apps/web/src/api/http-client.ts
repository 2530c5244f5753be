import type { z } from 'zod';
import { ApiError } from './api-error.ts';
import { sessionSchema, type Session } from './schemas/auth.ts';
import { getAccessToken, getOrganizationId, setAccessToken } from './token-store.ts';

const apiPrefix = '/api/v1';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** JSON-serialised unless it is FormData (uploads), which the browser encodes itself. */
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Set false for calls made before anyone is logged in (login, register, lookups). */
  authenticated?: boolean;
}

type SessionListener = (session: Session | null) => void;
const sessionListeners = new Set<SessionListener>();

/** Lets the session context follow refreshes and expiries that happen inside the client. */
export function onSessionChange(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function announceSession(session: Session | null): void {
  for (const listener of sessionListeners) listener(session);
}

let refreshInFlight: Promise<Session | null> | null = null;

const postRefresh = () => fetch(`${apiPrefix}/auth/refresh`, { method: 'POST', credentials: 'same-origin' });

/**
 * Trades the refresh cookie for a new access token. Concurrent callers in this tab share one
 * request: the server rotates the cookie on every refresh and treats a reused one as theft.
 * Another tab refreshing at the same moment makes the server answer 409 ("retry"): by then the
 * browser holds the other tab's new cookie, so one retry succeeds.
 */
export function refreshSession(): Promise<Session | null> {
  refreshInFlight ??= (async () => {
    try {
      let response = await postRefresh();
      if (response.status === 409) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        response = await postRefresh();
      }
      if (!response.ok) {
        setAccessToken(null);
        return null;
      }
      const session = sessionSchema.parse(await response.json());
      setAccessToken(session.accessToken);
      return session;
    } catch {
      return null;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${apiPrefix}${path}${search ? `?${search}` : ''}`;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers();
  const token = getAccessToken();
  const organizationId = getOrganizationId();
  if (options.authenticated !== false && token) headers.set('Authorization', `Bearer ${token}`);
  if (organizationId) headers.set('X-Organization-Id', organizationId);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
}

/** Sends the request; on 401 refreshes the session once and retries, as the API contract asks. */
async function sendWithRefresh(path: string, options: RequestOptions): Promise<Response> {
  const response = await send(path, options);
  if (response.status !== 401 || options.authenticated === false) return response;
  const session = await refreshSession();
  announceSession(session);
  if (!session) return response;
  return send(path, options);
}

/** Calls the API and validates the answer against `schema`, so screens only see checked data. */
export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const response = await sendWithRefresh(path, options);
  if (!response.ok) throw await ApiError.fromResponse(response);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    console.error(parsed.error);
    throw ApiError.unexpectedResponse(path, parsed.error);
  }
  return parsed.data;
}

/** For calls that answer without a body (204, 202). */
export async function apiCommand(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await sendWithRefresh(path, { method: 'POST', ...options });
  if (!response.ok) throw await ApiError.fromResponse(response);
}

/** For binary downloads that still need the Authorization header (media previews). */
export async function apiBlob(path: string): Promise<Blob> {
  const response = await sendWithRefresh(path, {});
  if (!response.ok) throw await ApiError.fromResponse(response);
  return response.blob();
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenApiRequestValidator, SpecRequest, SpecViolation } from '../spec/openapi-request-validator';
import { bestTemplateMatch } from '../spec/path-template';
import { parseBody, type ParsedBody } from '../spec/request-body';

/** Who a bearer token belongs to, as the fake issued it. */
export interface Principal {
  userId: string;
  scopes: string[];
  token: string;
}

/** A request after routing, validation and authentication. Header names are lower-case. */
export interface FakeRequest {
  method: string;
  path: string;
  template: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: ParsedBody;
  /** Set on routes with `auth: 'user'`. */
  principal: Principal | null;
  receivedAt: Date;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless it is a string. */
  body?: unknown;
  contentType?: string;
}

/**
 * What a test can make a route do instead of its normal answer, once per queued fault:
 * - status: answer this status (with these headers) in the platform's error shape;
 * - timeout-after-commit: perform the write, then never answer (the socket is destroyed later);
 * - timeout-before-commit: never answer and write nothing (a request lost on the way);
 * - expired-token: the presented access token expires now, so the platform's 401 follows.
 */
export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'timeout-after-commit'; destroyAfterMs?: number }
  | { kind: 'timeout-before-commit'; destroyAfterMs?: number }
  | { kind: 'expired-token' };

export interface FakeRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The spec's path template, e.g. `/2/tweets/{id}`. */
  path: string;
  auth: 'user' | 'none';
  /** For operations the spec lacks (X's OAuth endpoints): why, and the documented contract as checks. */
  undocumented?: { reason: string; validate(request: SpecRequest): string[] };
  handle(request: FakeRequest): FakeResponse | Promise<FakeResponse>;
}

/** How one platform authenticates, words its errors and counts its rate limits. */
export interface FakePlatform {
  name: string;
  spec: OpenApiRequestValidator;
  now(): Date;
  authenticate(authorization: string | undefined): Principal | null;
  unauthorized(request: FakeRequest): FakeResponse;
  /** Whether granted scopes cover what the spec's security names (X: all of them; Mastodon: one of them). */
  scopesCover(granted: string[], required: string[]): boolean;
  insufficientScope(request: FakeRequest, required: string[]): FakeResponse;
  /** The platform's error body for a status (used for injected faults and rate limits). */
  errorResponse(status: number, request: FakeRequest): FakeResponse;
  expireToken(token: string): void;
  /** Counts the call; the headers to send and whether the window is exhausted. */
  rateLimit(request: FakeRequest): { headers: Record<string, string>; exceeded: boolean };
}

export interface LoggedRequest {
  method: string;
  path: string;
  template: string | null;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: ParsedBody;
  status: number | null;
  fault: Fault['kind'] | null;
  /** The fake's clock when the request arrived. */
  receivedAt: Date;
  /** Response headers sent (rate-limit headers, injected ones), once answered. */
  responseHeaders: Record<string, string> | null;
}

/**
 * Decides a fault per request for a whole stretch of traffic (a "storm"), where queuing faults
 * one by one cannot express the mix; null lets the request through. Queued faults go first.
 */
export type FaultPolicy = (request: FakeRequest, index: number) => Fault | null;

function flatHeaders(raw: http.IncomingHttpHeaders): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(raw)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

async function readBytes(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A platform fake on 127.0.0.1 with a random port. Every request is validated against the
 * official spec first: a violation answers 400 and is kept in `violations`, which every connector
 * test asserts is empty — so passing tests prove the connector's requests are valid per the
 * spec. Tests queue faults per route and read `requests` to see what was sent.
 */
export class FakeServer {
  readonly violations: SpecViolation[] = [];
  readonly requests: LoggedRequest[] = [];
  private readonly faults = new Map<string, Fault[]>();
  private readonly policies = new Map<string, { policy: FaultPolicy; seen: number }>();
  private readonly server: http.Server;
  private readonly timers = new Set<NodeJS.Timeout>();
  private origin: string | null = null;

  constructor(
    private readonly platform: FakePlatform,
    private readonly routes: FakeRoute[],
  ) {
    for (const route of routes) {
      if (!route.undocumented && !platform.spec.findOperation(route.method, route.path, route.path)) {
        throw new Error(`${platform.name} fake: ${route.method} ${route.path} is not in the spec; mark it undocumented`);
      }
    }
    this.server = http.createServer((request, response) => {
      this.serve(request, response).catch((error: unknown) => {
        if (!response.headersSent) this.send(response, { status: 500, body: { error: error instanceof Error ? error.message : String(error) } });
      });
    });
  }

  /** e.g. http://127.0.0.1:40123 — what AccountContext.baseUrl points at in tests. */
  get baseUrl(): string {
    if (!this.origin) throw new Error(`${this.platform.name} fake is not started`);
    return this.origin;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${address.port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues faults for a route, e.g. `inject('POST /2/tweets', { kind: 'status', status: 503 })`. */
  inject(route: string, ...faults: Fault[]): void {
    const queue = this.faults.get(route) ?? [];
    queue.push(...faults);
    this.faults.set(route, queue);
  }

  /** Applies `policy` to every later request of a route until `clearFaultPolicy`. */
  setFaultPolicy(route: string, policy: FaultPolicy): void {
    this.policies.set(route, { policy, seen: 0 });
  }

  clearFaultPolicy(route: string): void {
    this.policies.delete(route);
  }

  /** Requests that reached a route, optionally only those of `route` ('POST /2/tweets'). */
  requestsTo(route?: string): LoggedRequest[] {
    return route ? this.requests.filter((entry) => `${entry.method} ${entry.template}` === route) : this.requests;
  }

  private async serve(incoming: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const method = (incoming.method ?? 'GET').toUpperCase();
    const url = new URL(incoming.url ?? '/', 'http://fake.invalid');
    const headers = flatHeaders(incoming.headers);
    const body = await parseBody(headers['content-type'], await readBytes(incoming));
    const candidates = this.routes.filter((route) => route.method === method);
    const match = bestTemplateMatch(candidates.map((route) => route.path), url.pathname);
    const route = candidates.find((candidate) => candidate.path === match?.template);
    const log: LoggedRequest = {
      method,
      path: url.pathname,
      template: route?.path ?? null,
      query: url.searchParams,
      headers,
      body,
      status: null,
      fault: null,
      receivedAt: this.platform.now(),
      responseHeaders: null,
    };
    this.requests.push(log);
    if (!route || !match) {
      this.violations.push({ operation: `${method} ${url.pathname}`, where: 'route', message: `the ${this.platform.name} fake serves no such route` });
      return this.respond(response, log, { status: 404, body: { error: 'no such route in the fake' } });
    }
    const specRequest: SpecRequest = { method, path: url.pathname, query: url.searchParams, headers, body };
    const violations = route.undocumented
      ? route.undocumented.validate(specRequest).map((message) => ({ operation: `${method} ${route.path}`, where: 'request', message }))
      : this.platform.spec.validate(specRequest, route.path);
    if (violations.length > 0) {
      this.violations.push(...violations);
      return this.respond(response, log, { status: 400, body: { title: 'Request violates the OpenAPI spec', violations } });
    }
    const request: FakeRequest = { ...specRequest, template: route.path, params: match.params, principal: null, receivedAt: this.platform.now() };
    const fault = this.faults.get(`${method} ${route.path}`)?.shift() ?? this.policyFault(`${method} ${route.path}`, request);
    log.fault = fault?.kind ?? null;
    if (fault?.kind === 'status') {
      const error = this.platform.errorResponse(fault.status, request);
      return this.respond(response, log, { ...error, headers: { ...error.headers, ...fault.headers }, body: fault.body ?? error.body });
    }
    if (fault?.kind === 'timeout-before-commit') return this.hangUp(response, fault.destroyAfterMs);
    if (fault?.kind === 'expired-token') {
      const token = /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
      if (token) this.platform.expireToken(token);
    }
    const answer = await this.answer(route, request);
    if (fault?.kind === 'timeout-after-commit') return this.hangUp(response, fault.destroyAfterMs);
    return this.respond(response, log, answer);
  }

  private async answer(route: FakeRoute, request: FakeRequest): Promise<FakeResponse> {
    if (route.auth === 'user') {
      request.principal = this.platform.authenticate(request.headers.authorization);
      if (!request.principal) return this.platform.unauthorized(request);
      const required = route.undocumented ? null : this.platform.spec.oauthScopes(route.method, route.path);
      if (required && required.length > 0 && !this.platform.scopesCover(request.principal.scopes, required)) {
        return this.platform.insufficientScope(request, required);
      }
    }
    const limit = this.platform.rateLimit(request);
    const answer = limit.exceeded ? this.platform.errorResponse(429, request) : await route.handle(request);
    return { ...answer, headers: { ...limit.headers, ...answer.headers } };
  }

  private policyFault(route: string, request: FakeRequest): Fault | null {
    const entry = this.policies.get(route);
    if (!entry) return null;
    const fault = entry.policy(request, entry.seen);
    entry.seen += 1;
    return fault;
  }

  /** Leaves the client waiting, then cuts the connection: a timeout with no answer. */
  private hangUp(response: http.ServerResponse, destroyAfterMs = 2_000): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      response.socket?.destroy();
    }, destroyAfterMs);
    this.timers.add(timer);
  }

  private respond(response: http.ServerResponse, log: LoggedRequest, answer: FakeResponse): void {
    log.status = answer.status;
    log.responseHeaders = { ...answer.headers };
    this.send(response, answer);
  }

  private send(response: http.ServerResponse, answer: FakeResponse): void {
    const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    const headers: Record<string, string> = { ...answer.headers };
    if (text) headers['content-type'] ??= answer.contentType ?? 'application/json; charset=utf-8';
    response.writeHead(answer.status, headers);
    response.end(text);
  }
}

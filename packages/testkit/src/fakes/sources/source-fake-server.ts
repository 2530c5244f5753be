import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as a source fake saw it. Header names are lower-case; the body is raw text. */
export interface SourceFakeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface SourceFakeAnswer {
  status: number;
  headers?: Record<string, string>;
  /** Sent as is when a string, as JSON otherwise. */
  body?: unknown;
  contentType?: string;
}

/**
 * What a test can make a route do instead of its normal answer, once per queued fault:
 * - status: this status, in the source's error shape (its 429 carries the source's reset
 *   headers) unless `headers`/`body` are given;
 * - malformed: the normal answer cut off half-way (a truncated JSON or XML body, status 200);
 * - hang: never answer, so the client's timeout must fire.
 */
export type SourceFault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'malformed' }
  | { kind: 'hang' };

export interface SourceFakeRoute {
  method: 'GET' | 'POST';
  /** e.g. `/r/{sub}/top` or `/v0/item/{id}.json`; `{name}` matches one path segment (or its start). */
  path: string;
  /** The documented contract as checks: each message is a violation, answered with a 400. */
  validate?(request: SourceFakeRequest): string[];
  handle(request: SourceFakeRequest): SourceFakeAnswer | Promise<SourceFakeAnswer>;
}

/** How one source words its errors (the body and headers of a 429, a 500 …). */
export type SourceErrorAnswer = (status: number, request: SourceFakeRequest) => SourceFakeAnswer;

export interface SourceFakeLogEntry {
  method: string;
  path: string;
  /** `GET /r/{sub}/top`, or null when no route matched. */
  route: string | null;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
  status: number | null;
  fault: SourceFault['kind'] | null;
  violations: string[];
}

interface QueuedFault {
  fault: SourceFault;
  when: ((request: SourceFakeRequest) => boolean) | null;
}

function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[a-zA-Z_]+\})/)
    .map((part) => {
      const name = /^\{([a-zA-Z_]+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+?)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}

function flatHeaders(raw: http.IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
}

async function readText(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function bodyText(answer: SourceFakeAnswer): string {
  if (answer.body === undefined) return '';
  return typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
}

/**
 * A trend-source fake on 127.0.0.1 with a random port, for the public sources that publish no
 * machine-readable spec (Reddit, NewsAPI, Hacker News, Google Trends, RSS). Routes check the
 * documented request contract; violations are kept in `violations` (tests assert none) and
 * answered 400. Tests queue faults per route and read `requests` to see what was sent.
 */
export class SourceFakeServer {
  readonly requests: SourceFakeLogEntry[] = [];
  private readonly faults = new Map<string, QueuedFault[]>();
  private readonly server: http.Server;
  private readonly compiled: Array<{ route: SourceFakeRoute; pattern: RegExp; names: string[] }>;
  private origin: string | null = null;

  constructor(
    readonly name: string,
    routes: SourceFakeRoute[],
    private readonly errorAnswer: SourceErrorAnswer,
  ) {
    this.compiled = routes.map((route) => ({ route, ...templatePattern(route.path) }));
    this.server = http.createServer((request, response) => {
      this.serve(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(error instanceof Error ? error.message : String(error));
      });
    });
  }

  /** e.g. http://127.0.0.1:40123 */
  get baseUrl(): string {
    if (!this.origin) throw new Error(`${this.name} fake is not started`);
    return this.origin;
  }

  get violations(): string[] {
    return this.requests.flatMap((entry) => entry.violations.map((message) => `${entry.method} ${entry.path}: ${message}`));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    // Hanging answers keep their sockets open; cutting them lets close() finish.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues faults for a route, e.g. `inject('GET /r/{sub}/top', { kind: 'status', status: 503 })`. */
  inject(route: string, ...faults: SourceFault[]): void {
    this.queue(route, faults.map((fault) => ({ fault, when: null })));
  }

  /** Queues one fault for the first later request of `route` that `when` accepts (e.g. one item id). */
  injectWhen(route: string, when: (request: SourceFakeRequest) => boolean, fault: SourceFault): void {
    this.queue(route, [{ fault, when }]);
  }

  /** Requests that reached `route` ('GET /v0/item/{id}.json'), or all of them. */
  requestsTo(route?: string): SourceFakeLogEntry[] {
    return route ? this.requests.filter((entry) => entry.route === route) : this.requests;
  }

  private queue(route: string, entries: QueuedFault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...entries]);
  }

  private takeFault(route: string, request: SourceFakeRequest): SourceFault | null {
    const queue = this.faults.get(route) ?? [];
    const index = queue.findIndex((entry) => entry.when === null || entry.when(request));
    if (index < 0) return null;
    const [entry] = queue.splice(index, 1);
    return entry?.fault ?? null;
  }

  private async serve(incoming: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const method = (incoming.method ?? 'GET').toUpperCase();
    const url = new URL(incoming.url ?? '/', 'http://fake.invalid');
    const request: SourceFakeRequest = { method, path: url.pathname, params: {}, query: url.searchParams, headers: flatHeaders(incoming.headers), body: await readText(incoming) };
    const log: SourceFakeLogEntry = { method, path: url.pathname, route: null, query: url.searchParams, headers: request.headers, body: request.body, status: null, fault: null, violations: [] };
    this.requests.push(log);
    const match = this.match(method, url.pathname);
    if (!match) {
      log.violations.push(`the ${this.name} fake serves no such route`);
      return this.send(response, log, this.errorAnswer(404, request));
    }
    const { route, params } = match;
    request.params = params;
    log.route = `${route.method} ${route.path}`;
    log.violations.push(...(route.validate?.(request) ?? []));
    if (log.violations.length > 0) return this.send(response, log, this.errorAnswer(400, request));
    const fault = this.takeFault(log.route, request);
    log.fault = fault?.kind ?? null;
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') {
      const error = this.errorAnswer(fault.status, request);
      return this.send(response, log, { ...error, headers: { ...error.headers, ...fault.headers }, body: fault.body ?? error.body });
    }
    const answer = await route.handle(request);
    if (fault?.kind === 'malformed') {
      const text = bodyText(answer);
      return this.send(response, log, { ...answer, status: 200, body: text.length > 1 ? text.slice(0, Math.ceil(text.length / 2)) : '{' });
    }
    return this.send(response, log, answer);
  }

  private match(method: string, path: string): { route: SourceFakeRoute; params: Record<string, string> } | null {
    for (const { route, pattern, names } of this.compiled) {
      if (route.method !== method) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { route, params };
    }
    return null;
  }

  private send(response: http.ServerResponse, log: SourceFakeLogEntry, answer: SourceFakeAnswer): void {
    log.status = answer.status;
    const text = bodyText(answer);
    const headers: Record<string, string> = { ...answer.headers };
    if (text) headers['content-type'] ??= answer.contentType ?? (typeof answer.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8');
    response.writeHead(answer.status, headers);
    response.end(text);
  }
}

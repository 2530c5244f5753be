import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a fake AI server does with the next request, queued with `script(...)`:
 * - text / json: a normal answer (json is sent as its JSON text), with the usage tokens to report;
 * - malformed: a normal answer whose text is not the JSON asked for (a cut-off object);
 * - status: an error answer in the vendor's error shape (500, 429, 401 …);
 * - broken-body: a 200 whose body is not JSON at all (a proxy's page, a cut connection);
 * - hang: never answers (the client's timeout must fire); the socket is freed when the client
 *   gives up or the server closes.
 * `latencyMs` delays any answer, for timeouts and for measuring the client's own overhead.
 */
export type AiAnswer =
  | { kind: 'text'; text: string; tokensIn?: number; tokensOut?: number; latencyMs?: number }
  | { kind: 'json'; value: unknown; tokensIn?: number; tokensOut?: number; latencyMs?: number }
  | { kind: 'malformed'; text?: string; tokensIn?: number; tokensOut?: number; latencyMs?: number }
  | { kind: 'status'; status: number; message?: string; latencyMs?: number }
  | { kind: 'broken-body'; latencyMs?: number }
  | { kind: 'hang' };

/** One request as the fake saw it, with how long the fake itself took to answer it. */
export interface AiRequestLog {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: Record<string, unknown> | null;
  /** Problems with the request against the vendor's documented shape; tests assert none. */
  violations: string[];
  answer: AiAnswer['kind'] | 'unauthorized' | 'not-found' | 'invalid-request';
  /** From the request's last byte to the answer's last byte, in ms (includes `latencyMs`). */
  serverMs: number | null;
}

/** How one vendor words its answers; the scripted server does the rest. */
export interface AiWireFormat {
  name: string;
  /** The one path the fake serves, e.g. /v1/chat/completions. */
  path: string;
  /** Null when the credentials are right; otherwise the vendor's 401 body. */
  authenticate(headers: Record<string, string | undefined>): { status: number; body: unknown } | null;
  /** Problems with the request body against the vendor's documented request. */
  validate(body: Record<string, unknown>): string[];
  success(body: Record<string, unknown>, text: string, usage: { tokensIn: number; tokensOut: number }): unknown;
  error(status: number, message: string): unknown;
}

export const MALFORMED_TEXT = '{"variants": [{"text": "Cut off in the mid';

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function flatHeaders(raw: http.IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
}

/** A fake AI API on 127.0.0.1 and a random port, answering from a script. */
export class ScriptedAiServer {
  readonly requests: AiRequestLog[] = [];
  private readonly queue: AiAnswer[] = [];
  private readonly server: http.Server;
  private readonly timers = new Set<NodeJS.Timeout>();
  private origin: string | null = null;
  /** What to answer when the script is empty. */
  fallback: AiAnswer = { kind: 'text', text: 'Hello from the fake.', tokensIn: 10, tokensOut: 5 };

  constructor(private readonly wire: AiWireFormat) {
    this.server = http.createServer((request, response) => {
      this.serve(request, response).catch((error: unknown) => {
        if (!response.headersSent) this.send(response, 500, { error: String(error) });
      });
    });
  }

  /** The origin, e.g. http://127.0.0.1:40123 (the vendor's path prefix is not included). */
  get originUrl(): string {
    if (!this.origin) throw new Error(`${this.wire.name} fake is not started`);
    return this.origin;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues answers for the next requests, in order; later requests get `fallback`. */
  script(...answers: AiAnswer[]): this {
    this.queue.push(...answers);
    return this;
  }

  /** Forgets the script and the request log, for reuse between tests. */
  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
  }

  get violations(): string[] {
    return this.requests.flatMap((entry) => entry.violations);
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const text = await readBody(request);
    const received = performance.now();
    const headers = flatHeaders(request.headers);
    const path = new URL(request.url ?? '/', 'http://fake.invalid').pathname;
    const log: AiRequestLog = { method: request.method ?? 'GET', path, headers, body: null, violations: [], answer: 'not-found', serverMs: null };
    this.requests.push(log);
    const finish = (status: number, body: unknown) => {
      this.send(response, status, body);
      log.serverMs = performance.now() - received;
    };
    if (log.method !== 'POST' || path !== this.wire.path) {
      log.violations.push(`${log.method} ${path}: the ${this.wire.name} fake serves only POST ${this.wire.path}`);
      return finish(404, this.wire.error(404, 'Not found'));
    }
    const denied = this.wire.authenticate(headers);
    if (denied) {
      log.answer = 'unauthorized';
      return finish(denied.status, denied.body);
    }
    const body = parseObject(text);
    if (!body) {
      log.answer = 'invalid-request';
      log.violations.push('the body is not a JSON object');
      return finish(400, this.wire.error(400, 'Body must be JSON'));
    }
    log.body = body;
    log.violations.push(...this.wire.validate(body));
    const answer = this.queue.shift() ?? this.fallback;
    log.answer = answer.kind;
    if (answer.kind === 'hang') return;
    const respond = () => {
      if (response.destroyed) return;
      if (answer.kind === 'status') return finish(answer.status, this.wire.error(answer.status, answer.message ?? 'Injected failure'));
      if (answer.kind === 'broken-body') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('<html>Bad gateway</html>');
        log.serverMs = performance.now() - received;
        return;
      }
      const content = answer.kind === 'json' ? JSON.stringify(answer.value) : answer.kind === 'malformed' ? (answer.text ?? MALFORMED_TEXT) : answer.text;
      finish(200, this.wire.success(body, content, { tokensIn: answer.tokensIn ?? 10, tokensOut: answer.tokensOut ?? 5 }));
    };
    const delay = answer.latencyMs ?? 0;
    if (delay <= 0) return respond();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      respond();
    }, delay);
    this.timers.add(timer);
  }

  private send(response: http.ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

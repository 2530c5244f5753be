import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the fake does with the next request, queued with `script(...)`:
 * - status: an error in OpenAI's shape (500, 429 …);
 * - malformed: a 200 whose JSON lacks the documented shape (no `data` array of vectors);
 * - broken-body: a 200 whose body is not JSON at all (a proxy's page);
 * - shuffled: a normal answer with `data` in reverse order (the client must sort by `index`).
 */
export type EmbeddingsAnswer = { kind: 'status'; status: number; message?: string } | { kind: 'malformed' } | { kind: 'broken-body' } | { kind: 'shuffled' };

export interface EmbeddingsRequestLog {
  headers: Record<string, string | undefined>;
  body: Record<string, unknown> | null;
  /** Problems with the request against OpenAI's documented /embeddings request; tests assert none. */
  violations: string[];
  status: number;
}

/** OpenAI's documented limit on inputs per request (platform.openai.com/docs/api-reference/embeddings/create). */
const MAX_INPUTS = 2048;

/** Checks what we send against the documented request: `model` and `input` (we always send an array of non-empty strings). */
function checkEmbeddingsRequest(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof body.model !== 'string' || body.model.length === 0) problems.push('model: must be a non-empty string');
  const input = body.input;
  if (!Array.isArray(input) || input.length === 0) problems.push('input: must be a non-empty array');
  else {
    if (input.length > MAX_INPUTS) problems.push(`input: at most ${MAX_INPUTS} entries`);
    if (input.some((text) => typeof text !== 'string' || text.length === 0)) problems.push('input: every entry must be a non-empty string');
  }
  if (body.encoding_format !== undefined && body.encoding_format !== 'float' && body.encoding_format !== 'base64') problems.push('encoding_format: must be float or base64');
  return problems;
}

/** FNV-1a, for stable word buckets. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A deterministic "embedding": a hashed bag of words (signed buckets) plus a shared constant
 * component, unit length. Texts that share words are close; unrelated ones sit near cosine 0.1,
 * as real providers' vectors do.
 */
export function fakeEmbeddingVector(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    const hash = hashWord(word);
    const bucket = 1 + (hash % (dimensions - 1));
    vector[bucket] = (vector[bucket] ?? 0) + (hash & 0x80000000 ? -1 : 1);
  }
  const wordNorm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  // Bucket 0 is shared by every text: its weight sets unrelated texts' cosine to ~0.1.
  vector[0] = wordNorm > 0 ? wordNorm / 3 : 1;
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return vector.map((value) => value / norm);
}

/**
 * A fake OpenAI-compatible POST /v1/embeddings on 127.0.0.1 and a random port. Checks the bearer
 * token (when given an `apiKey`) and the documented request shape, and answers deterministic
 * vectors (`fakeEmbeddingVector`) unless a scripted answer says otherwise.
 */
export class FakeEmbeddings {
  readonly requests: EmbeddingsRequestLog[] = [];
  private readonly queue: EmbeddingsAnswer[] = [];
  private readonly server: http.Server;
  private origin: string | null = null;

  constructor(private readonly options: { apiKey?: string | null; dimensions?: number } = {}) {
    this.server = http.createServer((request, response) => {
      this.serve(request, response).catch((error: unknown) => {
        if (!response.headersSent) this.send(response, 500, { error: { message: String(error), type: 'server_error' } });
      });
    });
  }

  /** What the embedder's baseUrl takes: the origin plus /v1. */
  get baseUrl(): string {
    if (!this.origin) throw new Error('embeddings fake is not started');
    return `${this.origin}/v1`;
  }

  get dimensions(): number {
    return this.options.dimensions ?? 64;
  }

  get violations(): string[] {
    return this.requests.flatMap((entry) => entry.violations);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  script(...answers: EmbeddingsAnswer[]): this {
    this.queue.push(...answers);
    return this;
  }

  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
    const log: EmbeddingsRequestLog = { headers, body: null, violations: [], status: 0 };
    this.requests.push(log);
    const finish = (status: number, body: unknown) => {
      log.status = status;
      this.send(response, status, body);
    };
    const path = new URL(request.url ?? '/', 'http://fake.invalid').pathname;
    if (request.method !== 'POST' || path !== '/v1/embeddings') {
      log.violations.push(`${request.method} ${path}: the fake serves only POST /v1/embeddings`);
      return finish(404, openAiError('Not found', 'invalid_request_error'));
    }
    if (this.options.apiKey && headers.authorization !== `Bearer ${this.options.apiKey}`) {
      return finish(401, openAiError('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
    }
    const body = parseObject(Buffer.concat(chunks).toString('utf8'));
    if (!body) {
      log.violations.push('the body is not a JSON object');
      return finish(400, openAiError('Body must be JSON', 'invalid_request_error'));
    }
    log.body = body;
    log.violations.push(...checkEmbeddingsRequest(body));
    if (log.violations.length > 0) return finish(400, openAiError(log.violations.join('; '), 'invalid_request_error'));
    const answer = this.queue.shift();
    if (answer?.kind === 'status') return finish(answer.status, openAiError(answer.message ?? 'Injected failure', answer.status >= 500 ? 'server_error' : 'invalid_request_error'));
    if (answer?.kind === 'malformed') return finish(200, { object: 'list', data: [{ object: 'embedding', index: 0 }], model: body.model });
    if (answer?.kind === 'broken-body') {
      log.status = 200;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('<html>Bad gateway</html>');
      return;
    }
    const inputs = body.input as string[];
    const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbeddingVector(text, this.dimensions) }));
    if (answer?.kind === 'shuffled') data.reverse();
    const tokens = inputs.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
    finish(200, { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
  }

  private send(response: http.ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
}

function openAiError(message: string, type: string, code: string | null = null) {
  return { error: { message, type, param: null, code } };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function startFakeEmbeddings(options: { apiKey?: string | null; dimensions?: number } = {}): Promise<FakeEmbeddings> {
  return new FakeEmbeddings(options).start();
}

import type { IncomingMessage, ServerResponse } from 'node:http';

/** An XRPC error answer: `{ error, message }` with its HTTP status, as every atproto service words them. */
export class XrpcError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalidRequest = (message: string) => new XrpcError(400, 'InvalidRequest', message);

/** One XRPC call as the fake received it. */
export interface XrpcRequest {
  method: string;
  nsid: string;
  params: URLSearchParams;
  contentType: string | null;
  authorization: string | null;
  body: Buffer;
  /** The body parsed as JSON when it was sent as JSON; undefined otherwise. */
  json: unknown;
}

/** Bodies above this are not kept (the PDS's own upload limit is 5 MB); images stop at 2,000,000 B earlier. */
export const MAX_BODY_BYTES = 5_000_000;

export async function readXrpcRequest(incoming: IncomingMessage): Promise<XrpcRequest | XrpcError> {
  const url = new URL(incoming.url ?? '/', 'http://fake-pds.test');
  const nsid = url.pathname.startsWith('/xrpc/') ? url.pathname.slice('/xrpc/'.length) : '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) return new XrpcError(413, 'PayloadTooLarge', 'request entity too large');
  const body = Buffer.concat(chunks);
  const contentType = incoming.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? null;
  let json: unknown;
  if (contentType === 'application/json' && body.length > 0) {
    try {
      json = JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      return invalidRequest('Request body is not valid JSON');
    }
  }
  return { method: incoming.method ?? 'GET', nsid, params: url.searchParams, contentType, authorization: incoming.headers.authorization ?? null, body, json };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** The limit every PDS response advertises: 3000 requests per 5 minutes per IP. */
export const GLOBAL_LIMIT = { limit: 3000, windowSeconds: 300 };

/** RateLimit-* headers as the PDS sends them: reset in epoch seconds, policy as "limit;w=seconds". */
export function rateLimitHeaders(remaining: number, resetEpochSeconds: number): Record<string, string> {
  return {
    'ratelimit-limit': String(GLOBAL_LIMIT.limit),
    'ratelimit-remaining': String(Math.max(0, remaining)),
    'ratelimit-reset': String(resetEpochSeconds),
    'ratelimit-policy': `${GLOBAL_LIMIT.limit};w=${GLOBAL_LIMIT.windowSeconds}`,
  };
}

import type { HttpSend } from '@socialseed/connectors/_shared/http-client';
import { ProviderError } from '@socialseed/core/ports/social-provider';
import type { z } from 'zod';
import { classifyXrpcError, type CallKind } from './bluesky.errors';

export type XrpcParams = Record<string, string | number | boolean | string[] | undefined>;

interface CallOptions {
  /** Bearer token for this call; defaults to the client's access JWT, null sends none. */
  token?: string | null;
  call?: CallKind;
}

interface ProcedureOptions extends CallOptions {
  /** False for writes whose repetition would duplicate (createRecord): a lost answer is then "unknown". */
  idempotent: boolean;
  /** Raw bytes (uploadBlob) go with their own type; everything else is JSON. */
  contentType?: string;
}

/**
 * Rate-limit bucket per call family. Record writes draw on the per-DID write points
 * (5000/hour), sessions on their own login limits, everything else on the per-IP 3000/5 min.
 */
function bucketFor(nsid: string): string {
  if (nsid === 'com.atproto.repo.createRecord' || nsid === 'com.atproto.repo.deleteRecord') return 'bluesky:repo-write';
  if (nsid.startsWith('com.atproto.server.')) return 'bluesky:session';
  return 'bluesky:pds';
}

function queryString(params: XrpcParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * XRPC over the shared HTTP client (https://atproto.com/specs/xrpc): queries are GET with
 * query parameters, procedures POST with a body. Non-2xx answers become ProviderErrors through
 * classifyXrpcError; 2xx bodies are parsed with the given zod schema.
 */
export function createXrpcClient(options: { baseUrl: string; send: HttpSend; accessJwt?: string; timeoutMs?: number }) {
  const origin = options.baseUrl.replace(/\/+$/, '');

  async function call<Schema extends z.ZodType>(nsid: string, schema: Schema, request: { method: 'GET' | 'POST'; params?: XrpcParams; body?: unknown; contentType?: string; idempotent: boolean } & CallOptions): Promise<z.infer<Schema>> {
    const token = request.token === undefined ? options.accessJwt : request.token;
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (request.contentType) headers['content-type'] = request.contentType;
    const response = await options.send({
      method: request.method,
      url: `${origin}/xrpc/${nsid}${queryString(request.params ?? {})}`,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      idempotent: request.idempotent,
      bucket: bucketFor(nsid),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    if (response.status < 200 || response.status > 299) throw classifyXrpcError(response, nsid, request.call);
    const parsed = schema.safeParse(response.body);
    if (!parsed.success) {
      // The platform accepted the call but said something we cannot read: a write may have landed.
      throw new ProviderError('retry', `${nsid}: unexpected answer: ${parsed.error.message.slice(0, 500)}`, { status: response.status, outcomeUnknown: !request.idempotent });
    }
    return parsed.data;
  }

  return {
    query: <Schema extends z.ZodType>(nsid: string, params: XrpcParams, schema: Schema, extra: CallOptions = {}) =>
      call(nsid, schema, { method: 'GET', params, idempotent: true, ...extra }),
    procedure: <Schema extends z.ZodType>(nsid: string, body: unknown, schema: Schema, extra: ProcedureOptions) =>
      call(nsid, schema, { method: 'POST', body, ...extra }),
  };
}

export type XrpcClient = ReturnType<typeof createXrpcClient>;

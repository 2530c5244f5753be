import http from 'node:http';
import https from 'node:https';

/**
 * Kept-alive sockets per protocol: a provider chain calls the same few hosts over and over, and a
 * new TLS handshake per call would cost more than the call's own overhead.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

function bodyOf(body: RequestInit['body']): string | Buffer | null {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('nodeHttpFetch sends string or byte bodies only');
}

const abortError = (signal: AbortSignal) => (signal.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError'));

/**
 * A `fetch` for the AI SDKs over node:http(s) with kept-alive agents. The SDKs send one JSON
 * body and read one JSON answer per call, and on this path Node's built-in fetch (undici) adds
 * about a millisecond per call that node:http does not (bench:studio's provider overhead).
 * Answers are buffered whole (no streaming is used); aborts and network errors reject like fetch
 * does (an AbortError, or a TypeError "fetch failed" with the cause), so the SDKs classify them
 * exactly as before.
 */
export const nodeHttpFetch: typeof fetch = (input, init) =>
  new Promise<Response>((resolve, reject) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const signal = init?.signal ?? null;
    if (signal?.aborted) return reject(abortError(signal));
    const body = bodyOf(init?.body);
    const headers = headersOf(init);
    if (body !== null) headers['content-length'] = String(Buffer.byteLength(body));
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, { method: init?.method ?? 'GET', headers, agent: agents[url.protocol === 'https:' ? 'https:' : 'http:'] }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      response.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) answerHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const status = response.statusCode ?? 500;
        const nullBody = status === 204 || status === 304;
        resolve(new Response(nullBody ? null : Buffer.concat(chunks), { status, statusText: response.statusMessage ?? '', headers: answerHeaders }));
      });
    });
    const onAbort = () => request.destroy(abortError(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('close', () => signal?.removeEventListener('abort', onAbort));
    request.on('error', (error) => reject(signal?.aborted ? abortError(signal) : new TypeError('fetch failed', { cause: error })));
    request.end(body ?? undefined);
  });

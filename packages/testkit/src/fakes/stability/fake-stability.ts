import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

/** What the next generate request gets instead of an image (one fault per request, in order). */
export type StabilityFault =
  | { kind: 'status'; status: 500 | 402 | 401 | 403 | 429 | 400 }
  | { kind: 'timeout' }
  | { kind: 'content-filtered' };

export interface StabilityRequestLog {
  authorization: string | undefined;
  accept: string | undefined;
  fields: Record<string, string>;
}

const ERROR_NAMES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  402: 'payment_required',
  403: 'content_moderation',
  429: 'rate_limit_exceeded',
  500: 'internal_error',
};

const ratioSizes: Record<string, [number, number]> = {
  '21:9': [1536, 640], '16:9': [1344, 768], '3:2': [1216, 832], '5:4': [1152, 896], '1:1': [1024, 1024],
  '4:5': [896, 1152], '2:3': [832, 1216], '9:16': [768, 1344], '9:21': [640, 1536],
};

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG: a diagonal gradient, so a test can tell the generated background from a flat fill. */
export function gradientPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows[at] = Math.round((x / width) * 255);
      rows[at + 1] = Math.round((y / height) * 255);
      rows[at + 2] = 160;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A local stand-in for Stability AI's v2beta Stable Image Core endpoint on 127.0.0.1. It checks
 * what the real API requires (bearer key, multipart body with a prompt, a known aspect ratio,
 * `Accept: image/*`) and answers a generated PNG of that ratio's size — or a queued fault: a
 * status with Stability's error body, a content-filtered image, or no answer at all.
 */
export class FakeStability {
  readonly requests: StabilityRequestLog[] = [];
  private readonly faults: StabilityFault[] = [];
  private readonly server = http.createServer((request, response) => void this.serve(request, response));
  private origin: string | null = null;

  constructor(private readonly apiKey = 'sk-test-stability') {}

  get baseUrl(): string {
    if (!this.origin) throw new Error('fake Stability is not started');
    return this.origin;
  }

  get key(): string {
    return this.apiKey;
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

  inject(...faults: StabilityFault[]): void {
    this.faults.push(...faults);
  }

  private async serve(incoming: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const error = (status: number, errors: string[]) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `fake-${this.requests.length}`, name: ERROR_NAMES[status] ?? 'error', errors }));
    };
    if (incoming.method !== 'POST' || incoming.url !== '/v2beta/stable-image/generate/core') return error(404, ['no such route in the fake']);
    // Parse the multipart body the way the real server would, through the platform's own parser.
    const chunks: Buffer[] = [];
    for await (const part of incoming) chunks.push(part as Buffer);
    const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': incoming.headers['content-type'] ?? '' } }).formData().catch(() => null);
    const fields: Record<string, string> = {};
    for (const [name, value] of form?.entries() ?? []) if (typeof value === 'string') fields[name] = value;
    this.requests.push({ authorization: incoming.headers.authorization, accept: incoming.headers.accept, fields });
    if (incoming.headers.authorization !== `Bearer ${this.apiKey}`) return error(401, ['authorization: invalid API key']);
    if (!form) return error(400, ['body must be multipart/form-data']);
    if (!fields.prompt) return error(400, ['prompt: cannot be empty']);
    const size = ratioSizes[fields.aspect_ratio ?? '1:1'];
    if (!size) return error(400, [`aspect_ratio: must be one of ${Object.keys(ratioSizes).join(', ')}`]);
    if (!/image\/\*|image\/png/.test(incoming.headers.accept ?? '')) return error(400, ['accept: must be image/* or application/json']);
    const fault = this.faults.shift();
    if (fault?.kind === 'status') return error(fault.status, [`injected ${fault.status}`]);
    if (fault?.kind === 'timeout') return; // never answers; the client's timeout must give up
    const png = gradientPng(Math.round(size[0] / 8), Math.round(size[1] / 8)); // small, so tests stay fast
    response.writeHead(200, { 'content-type': 'image/png', 'finish-reason': fault?.kind === 'content-filtered' ? 'CONTENT_FILTERED' : 'SUCCESS', seed: '42' });
    response.end(png);
  }
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProviderError } from '@socialseed/core/ports/social-provider';
import { createHttpClient } from './http-client';

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/hang') return; // never answers: the client times out after sending
    response.setHeader('x-rate-limit-remaining', '7');
    response.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isProviderError(error)) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

describe('http client', () => {
  it('reports rate-limit headers and parses JSON', async () => {
    const seen: Array<number | null> = [];
    const send = createHttpClient({ onRateLimit: (observation) => seen.push(observation.remaining) });
    const response = await send({ method: 'GET', url: `${base}/ok`, idempotent: true, bucket: 'test' });
    expect(response).toMatchObject({ status: 200, body: { ok: true } });
    expect(seen).toEqual([7]);
  });

  it('marks a write whose answer never came as an unknown outcome, and a read as a plain retry', async () => {
    const send = createHttpClient({ defaultTimeoutMs: 300 });
    expect(await failure(send({ method: 'POST', url: `${base}/hang`, body: {}, idempotent: false, bucket: 'test' }))).toMatchObject({ kind: 'retry', outcomeUnknown: true });
    expect(await failure(send({ method: 'GET', url: `${base}/hang`, idempotent: true, bucket: 'test' }))).toMatchObject({ kind: 'retry', outcomeUnknown: false });
  });

  it('knows a refused connection or an unsendable request never reached the platform', async () => {
    const send = createHttpClient();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = send({ method: 'POST', url: `http://127.0.0.1:${closedPort}/x`, body: {}, idempotent: false, bucket: 'test' });
    expect(await failure(refused)).toMatchObject({ kind: 'retry', outcomeUnknown: false });
    const badHeader = await failure(send({ method: 'POST', url: `${base}/ok`, headers: { 'x-bad': 'line\nbreak' }, body: {}, idempotent: false, bucket: 'test' }));
    expect(badHeader).toMatchObject({ kind: 'rejected', outcomeUnknown: false });
  });
});

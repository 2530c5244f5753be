import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { denseCosine } from '@socialseed/core/trends/scoring/similarity';
import type { Embedding } from '@socialseed/core/ports/text-embedder';
import { startFakeEmbeddings, type FakeEmbeddings } from '@socialseed/testkit/fakes/ai/fake-embeddings';
import { createOpenAiCompatibleEmbedder, EmbeddingProviderError } from './openai-compatible-embedder';

let fake: FakeEmbeddings;
beforeAll(async () => {
  fake = await startFakeEmbeddings({ apiKey: 'sk-embed' });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

const embedder = (overrides: { apiKey?: string; batchSize?: number } = {}) =>
  createOpenAiCompatibleEmbedder({ baseUrl: `${fake.baseUrl}/`, apiKey: overrides.apiKey ?? 'sk-embed', model: 'text-embedding-3-small', timeoutMs: 5_000, ...(overrides.batchSize ? { batchSize: overrides.batchSize } : {}) });

function dense(embedding: Embedding | undefined): number[] {
  if (embedding?.kind !== 'dense') throw new Error('expected a dense embedding');
  return embedding.values;
}

async function failure(promise: Promise<unknown>): Promise<EmbeddingProviderError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EmbeddingProviderError);
  return error as EmbeddingProviderError;
}

describe('OpenAI-compatible embedder', () => {
  it('posts {model, input} with the bearer token and returns dense vectors, similar texts closer', async () => {
    const client = embedder();
    expect(client.model).toBe('provider:text-embedding-3-small');
    expect(client.similarityRange).toEqual({ floor: 0.1, ceiling: 0.6 });
    const vectors = (await client.embed(['green bonds for sustainable finance', 'sustainable finance and green bonds', 'football match tonight'])).map(dense);
    expect(vectors.every((vector) => vector.length === fake.dimensions)).toBe(true);
    const [a, b, c] = vectors as [number[], number[], number[]];
    // Four of five words shared: 0.8 for the words, lifted by the fake's shared component.
    expect(denseCosine(a, b)).toBeGreaterThan(0.8);
    expect(denseCosine(a, c)).toBeCloseTo(0.1, 5);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-embed');
    expect(fake.requests[0]?.body).toEqual({ model: 'text-embedding-3-small', input: ['green bonds for sustainable finance', 'sustainable finance and green bonds', 'football match tonight'] });
    expect(fake.violations).toEqual([]);
  });

  it('puts vectors back in input order by index when the answer is shuffled', async () => {
    fake.script({ kind: 'shuffled' });
    const [first, second] = (await embedder().embed(['alpha beta', 'gamma delta'])).map(dense);
    fake.reset();
    const [ordered] = (await embedder().embed(['alpha beta'])).map(dense);
    expect(first).toEqual(ordered);
    expect(second).not.toEqual(ordered);
  });

  it('sends at most 96 inputs per request, one batch after another, keeping the order', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => `trend number ${i}`);
    const vectors = (await embedder().embed(texts)).map(dense);
    expect(fake.requests.map((request) => (request.body?.input as string[]).length)).toEqual([96, 96, 8]);
    expect(vectors).toHaveLength(200);
    const [single] = (await embedder().embed(['trend number 150'])).map(dense);
    expect(vectors[150]).toEqual(single);
    fake.reset();
    await embedder({ batchSize: 500 }).embed(texts);
    expect(fake.requests.map((request) => (request.body?.input as string[]).length)).toEqual([96, 96, 8]);
    fake.reset();
    await embedder({ batchSize: 50 }).embed(texts);
    expect(fake.requests).toHaveLength(4);
  });

  it('sends no request for no texts, and a space for an empty one', async () => {
    expect(await embedder().embed([])).toEqual([]);
    expect(fake.requests).toHaveLength(0);
    await embedder().embed(['']);
    expect(fake.requests[0]?.body?.input).toEqual([' ']);
    expect(fake.violations).toEqual([]);
  });

  it('throws a clear error on a 500, with the status and the provider’s message', async () => {
    fake.script({ kind: 'status', status: 500, message: 'The server had an error' });
    const error = await failure(embedder().embed(['hello']));
    expect(error.status).toBe(500);
    expect(error.message).toContain('HTTP 500: The server had an error');
    expect(error.message).toContain('text-embedding-3-small');
  });

  it('throws on a 401 without leaking the key', async () => {
    const error = await failure(embedder({ apiKey: 'sk-wrong' }).embed(['hello']));
    expect(error.status).toBe(401);
    expect(error.message).toContain('Incorrect API key');
    expect(error.message).not.toContain('sk-wrong');
  });

  it('throws on a malformed answer and on a body that is not JSON', async () => {
    fake.script({ kind: 'malformed' }, { kind: 'broken-body' });
    expect((await failure(embedder().embed(['hello']))).message).toContain('unexpected answer shape');
    expect((await failure(embedder().embed(['hello']))).message).toContain('not JSON');
  });

  it('throws when the server cannot be reached', async () => {
    const client = createOpenAiCompatibleEmbedder({ baseUrl: 'http://127.0.0.1:9/v1', apiKey: null, model: 'm', timeoutMs: 2_000 });
    expect((await failure(client.embed(['hello']))).message).toContain('request failed');
  });

  it('throws when the answer has fewer vectors than inputs', async () => {
    const client = createOpenAiCompatibleEmbedder({
      baseUrl: 'http://embeddings.invalid/v1',
      apiKey: null,
      model: 'm',
      fetch: async () => new Response(JSON.stringify({ data: [{ index: 0, embedding: [0.1, 0.2] }] }), { status: 200, headers: { 'content-type': 'application/json' } }),
    });
    expect((await failure(client.embed(['one', 'two']))).message).toContain('2 inputs but 1 vectors');
  });
});

import { z } from 'zod';
import type { Embedding, TextEmbedder } from '@socialseed/core/ports/text-embedder';

export interface OpenAiCompatibleEmbedderSettings {
  /** Ends before `/embeddings`, e.g. https://api.openai.com/v1 or http://localhost:11434/v1. */
  baseUrl: string;
  /** Local servers (Ollama, LM Studio) often need none. */
  apiKey: string | null;
  model: string;
  fetch?: typeof fetch;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Inputs per request, at most 96 (the default). */
  batchSize?: number;
}

/**
 * 96 inputs per request: under every OpenAI-compatible provider's cap we know of (Cohere's
 * compatibility endpoint takes 96, OpenAI 2,048) and small enough that one slow batch does not
 * hold a whole fetch cycle's trends hostage to a single timeout.
 */
export const MAX_EMBEDDING_BATCH = 96;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Provider embeddings are anisotropic: cosines between unrelated texts sit around 0.1 (OpenAI's
 * text-embedding-3 models, nomic-embed-text …) and closely related short texts reach ~0.6, rarely
 * more between a short pillar and a long trend. Rescaling [0.1, 0.6] to [0, 1] makes 0.3 and 0.5
 * relevance mean what they mean for the lexical model.
 */
export const PROVIDER_SIMILARITY_RANGE = { floor: 0.1, ceiling: 0.6 } as const;

const embeddingsResponseSchema = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number()).min(1) })),
  usage: z.object({ prompt_tokens: z.number().optional(), total_tokens: z.number().optional() }).optional(),
});

/** Thrown for any failed call: the trend pipeline catches it and falls back to the lexical embedder. */
export class EmbeddingProviderError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EmbeddingProviderError';
  }
}

async function errorDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(parsed);
    if (message.success) return message.data.error.message;
  } catch {
    // Not JSON: a proxy's page; show its start.
  }
  return text.slice(0, 200);
}

/** Any OpenAI-compatible POST /embeddings (OpenAI, Mistral, Ollama, vLLM, LM Studio …): dense vectors, model id `provider:<model>`. */
export function createOpenAiCompatibleEmbedder(settings: OpenAiCompatibleEmbedderSettings): TextEmbedder {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/embeddings`;
  const batchSize = Math.max(1, Math.min(MAX_EMBEDDING_BATCH, Math.floor(settings.batchSize ?? MAX_EMBEDDING_BATCH)));
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetcher = settings.fetch ?? fetch;
  const fail = (message: string, status: number | null = null, cause?: unknown) =>
    new EmbeddingProviderError(`Embeddings (${settings.model} at ${url}): ${message}`, status, cause === undefined ? undefined : { cause });

  async function embedBatch(input: string[]): Promise<number[][]> {
    let response: Response;
    try {
      response = await fetcher(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
        // OpenAI refuses empty strings; a space embeds as "nothing" without failing the batch.
        body: JSON.stringify({ model: settings.model, input: input.map((text) => (text.length > 0 ? text : ' ')) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw fail(timedOut ? `no answer within ${timeoutMs} ms` : `request failed: ${error instanceof Error ? error.message : String(error)}`, null, error);
    }
    if (!response.ok) throw fail(`HTTP ${response.status}: ${await errorDetail(response)}`, response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw fail('the answer is not JSON', response.status, error);
    }
    const parsed = embeddingsResponseSchema.safeParse(body);
    if (!parsed.success) throw fail(`unexpected answer shape: ${parsed.error.issues[0]?.message ?? 'invalid'}`, response.status);
    // Providers may answer out of order: `index` says which input each vector belongs to.
    const vectors = new Array<number[] | undefined>(input.length);
    for (const item of parsed.data.data) {
      if (item.index >= input.length || vectors[item.index]) throw fail(`answer index ${item.index} is out of range or repeated`, response.status);
      vectors[item.index] = item.embedding;
    }
    const complete = vectors.filter((vector): vector is number[] => vector !== undefined);
    if (complete.length !== input.length) throw fail(`${input.length} inputs but ${complete.length} vectors`, response.status);
    return complete;
  }

  return {
    model: `provider:${settings.model}`,
    similarityRange: PROVIDER_SIMILARITY_RANGE,
    async embed(texts: string[]): Promise<Embedding[]> {
      const vectors: number[][] = [];
      // One batch after another: parallel batches would trip per-minute rate limits at once.
      for (let start = 0; start < texts.length; start += batchSize) vectors.push(...(await embedBatch(texts.slice(start, start + batchSize))));
      const size = vectors[0]?.length ?? 0;
      if (vectors.some((vector) => vector.length !== size)) throw fail('vectors of different sizes in one answer');
      return vectors.map((values) => ({ kind: 'dense', values }));
    },
  };
}

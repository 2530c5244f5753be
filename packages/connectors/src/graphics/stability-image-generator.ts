import { ImageGeneratorError, type ImageGenerator } from '@socialseed/core/ports/image-generator';
import { nearestAspectRatio, STABILITY_GENERATE_PATH, STABILITY_MODEL, stabilityErrorSchema, stabilityFinishReason } from './stability.schemas';

export interface StabilityOptions {
  apiKey: string;
  /** https://api.stability.ai, or a test double. */
  baseUrl: string;
  /** Generation takes seconds; past this the template renderer is used instead. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** 5xx and 429 may pass on a later try; everything else (401/403, 400, 402 out of credits, 413, 422) will not. */
const kindOf = (status: number) => (status >= 500 || status === 429 ? 'transient' : 'permanent');

async function describeError(response: Response): Promise<string> {
  const parsed = stabilityErrorSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? `${parsed.data.name}: ${parsed.data.errors.join('; ')}` : `HTTP ${response.status}`;
}

/** Stable Image Core text-to-image over HTTP: one image per call, PNG bytes back. */
export function createStabilityImageGenerator(options: StabilityOptions): ImageGenerator {
  const url = new URL(STABILITY_GENERATE_PATH, options.baseUrl).toString();
  return {
    provider: 'stability',
    model: STABILITY_MODEL,
    async generate(request) {
      const form = new FormData();
      form.set('prompt', request.prompt);
      form.set('aspect_ratio', nearestAspectRatio(request.width, request.height));
      form.set('output_format', 'png');
      const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.apiKey}`, accept: 'image/*' },
          body: form,
          signal: request.signal ? AbortSignal.any([request.signal, timeout]) : timeout,
        });
      } catch (error) {
        throw new ImageGeneratorError('transient', `Stability request failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (!response.ok) throw new ImageGeneratorError(kindOf(response.status), `Stability answered ${await describeError(response)}`, { status: response.status });
      const finish = stabilityFinishReason.safeParse(response.headers.get('finish-reason') ?? 'SUCCESS');
      if (!finish.success || finish.data !== 'SUCCESS') {
        throw new ImageGeneratorError('permanent', `Stability finished with ${response.headers.get('finish-reason')}`, { status: response.status });
      }
      const mimeType = response.headers.get('content-type') ?? '';
      let bytes: Buffer;
      try {
        bytes = Buffer.from(await response.arrayBuffer());
      } catch (error) {
        throw new ImageGeneratorError('transient', 'Stability answer was cut off', { cause: error });
      }
      if (!mimeType.startsWith('image/') || bytes.length === 0) throw new ImageGeneratorError('permanent', `Stability answered ${mimeType || 'no content type'}, not an image`);
      return { bytes, mimeType, provider: 'stability', model: STABILITY_MODEL };
    },
  };
}

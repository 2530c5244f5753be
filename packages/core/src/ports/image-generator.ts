/** A text-to-image request; the generator picks its nearest supported aspect ratio. */
export interface ImageGenerationRequest {
  prompt: string;
  width: number;
  height: number;
  /** Aborts the call (the caller's timeout). */
  signal?: AbortSignal;
}

export interface GeneratedImage {
  bytes: Buffer;
  mimeType: string;
  provider: string;
  model: string;
}

/**
 * Why generation failed: `transient` (5xx, 429, timeout, network), `permanent` (401/403, 400,
 * 402 out of credits, content filtered). Callers fall back to the template renderer either way.
 */
export class ImageGeneratorError extends Error {
  readonly kind: 'transient' | 'permanent';
  readonly status: number | null;

  constructor(kind: 'transient' | 'permanent', message: string, options: { status?: number | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ImageGeneratorError';
    this.kind = kind;
    this.status = options.status ?? null;
  }
}

/** A text-to-image model (Stability AI in production: packages/connectors/src/graphics). */
export interface ImageGenerator {
  readonly provider: string;
  readonly model: string;
  generate(request: ImageGenerationRequest): Promise<GeneratedImage>;
}

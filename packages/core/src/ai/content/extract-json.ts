/** Why a model's answer could not be used; the provider chain retries once, then falls through. */
export class MalformedOutputError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'MalformedOutputError';
  }
}

/**
 * The JSON value in a model's answer. Models wrap JSON in a ```json fence or add a sentence
 * around it even when asked not to, so the fence's content, then the outermost braces, are
 * tried before giving up.
 */
export function extractJson(raw: string): unknown {
  const fenced = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/.exec(raw)?.[1];
  const trimmed = raw.trim();
  const braces = trimmed.slice(trimmed.indexOf('{'), trimmed.lastIndexOf('}') + 1);
  for (const candidate of [fenced, trimmed, braces]) {
    if (!candidate?.trim()) continue;
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next reading
    }
  }
  throw new MalformedOutputError(`The answer is not JSON: ${JSON.stringify(raw.slice(0, 120))}`);
}

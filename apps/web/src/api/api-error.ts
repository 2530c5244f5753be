import { z } from 'zod';

/** One problem with one input, named by its dotted path (`colors.primary`, `pillars.2`). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Field path → the message to show beside that input. */
export type FieldErrors = Record<string, string>;

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    userMessage: z.string().optional(),
    details: z
      .object({
        issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      })
      .nullish(),
  }),
});

const genericUserMessage = 'Something went wrong. Please try again.';

/**
 * Every failed API call surfaces as this error, so screens can always show `userMessage`
 * and put `fieldErrors` next to the matching inputs.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly userMessage: string;
  readonly issues: FieldIssue[];

  constructor(status: number, code: string, message: string, userMessage: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.userMessage = userMessage;
    this.issues = issues;
  }

  /** The first message for each field; later duplicates would only repeat the point. */
  get fieldErrors(): FieldErrors {
    const errors: FieldErrors = {};
    for (const issue of this.issues) errors[issue.field] ??= issue.message;
    return errors;
  }

  /** Builds the error from a failed response, tolerating bodies that are not ours (proxies, crashes). */
  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    const parsed = errorBodySchema.safeParse(body);
    if (!parsed.success) {
      return new ApiError(response.status, 'HTTP_' + response.status, response.statusText, genericUserMessage);
    }
    const { code, message, userMessage, details } = parsed.data.error;
    return new ApiError(response.status, code, message, userMessage ?? message, details?.issues ?? []);
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(
      0,
      'NETWORK_ERROR',
      cause instanceof Error ? cause.message : 'Network request failed',
      'Could not reach the server. Check your connection and try again.',
    );
    error.cause = cause;
    return error;
  }

  static unexpectedResponse(path: string, zodError: z.ZodError): ApiError {
    return new ApiError(
      0,
      'UNEXPECTED_RESPONSE',
      `Response of ${path} did not match the expected shape: ${z.prettifyError(zodError)}`,
      'The server answered in an unexpected way. Please reload the page.',
    );
  }
}

/** Lets generic screens read field errors from whatever a mutation threw. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError ? error.fieldErrors : {};
}

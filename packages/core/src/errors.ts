/**
 * The one error type of Socialseed. Core throws it with a code; the HTTP layer maps codes to
 * statuses in one place, so core never knows about HTTP and clients never see stack traces.
 */
export const errorCodes = {
  VALIDATION_FAILED: 400,
  INCOMPLETE: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_INVALID: 401,
  TOKEN_INVALID: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT_REACHED: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** A problem with one input field, named by its dotted path (e.g. `colors.primary`). */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface AppErrorOptions {
  /** Developer-facing explanation; also safe for clients. */
  message: string;
  /** Sentence a person can read in the UI; defaults to `message`. */
  userMessage?: string;
  /** Overrides the status implied by the code (rarely needed). */
  status?: number;
  details?: { issues?: FieldIssue[] } & Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly details: AppErrorOptions['details'];

  constructor(code: ErrorCode, options: AppErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? errorCodes[code];
    this.userMessage = options.userMessage ?? options.message;
    this.details = options.details;
  }

  /** A validation failure naming each bad field. */
  static invalid(issues: FieldIssue[], userMessage = 'Some fields need attention.'): AppError {
    const fields = issues.map((issue) => issue.field).join(', ');
    return new AppError('VALIDATION_FAILED', {
      message: `Invalid input: ${fields}`,
      userMessage,
      details: { issues },
    });
  }

  /** "Not found" is also the answer for another organization's data, so ids never leak. */
  static notFound(entity: string): AppError {
    return new AppError('NOT_FOUND', { message: `${entity} not found` });
  }

  static forbidden(message = 'Your role does not allow this action.'): AppError {
    return new AppError('FORBIDDEN', { message });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

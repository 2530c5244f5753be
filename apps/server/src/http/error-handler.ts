import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isAppError, type FieldIssue } from '@socialseed/core/errors';
import { BlobStoreError } from '@socialseed/core/ports/blob-store';

/** One zod issue as fastify-type-provider-zod reports it (keyword = zod issue code). */
interface ZodValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[] };
}

/** `/colors/primary` → `colors.primary`: the field name a client can map to an input. */
function fieldOf(issue: ZodValidationIssue, context: string | undefined): string {
  const joined = (issue.instancePath ?? '').split('/').filter(Boolean).join('.');
  return joined || (context === 'body' ? 'body' : context ?? 'request');
}

function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues: FieldIssue[] = (error.validation as ZodValidationIssue[]).flatMap((issue) => {
      const field = fieldOf(issue, error.validationContext);
      // `.strict()` reports unknown keys on the parent object; name each key instead.
      if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.length) {
        const prefix = field === 'body' || field === error.validationContext ? '' : `${field}.`;
        return issue.params.keys.map((key) => ({ field: `${prefix}${key}`, message: 'Unknown field' }));
      }
      return [{ field, message: issue.message ?? 'Invalid value' }];
    });
    return AppError.invalid(issues);
  }
  // Fastify's own client errors (malformed JSON, oversize body, wrong content type …).
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      return new AppError('PAYLOAD_TOO_LARGE', { message: 'Request body is too large', details: { issues: [{ field: 'body', message: 'Too large' }] } });
    }
    if (error.statusCode === 415) {
      return new AppError('UNSUPPORTED_MEDIA_TYPE', { message: error.message, details: { issues: [{ field: 'body', message: 'Send JSON (application/json)' }] } });
    }
    if (error.statusCode === 429) {
      return new AppError('RATE_LIMITED', { message: 'Too many requests', userMessage: 'Too many requests. Slow down and try again shortly.' });
    }
    return new AppError('VALIDATION_FAILED', {
      message: error.message,
      status: error.statusCode,
      userMessage: 'The request could not be read.',
      details: { issues: [{ field: 'body', message: error.message }] },
    });
  }
  // The media store (S3-compatible) did not answer or refused us: not the caller's fault, and worth a retry.
  if (error instanceof BlobStoreError) {
    return new AppError('UNAVAILABLE', { message: 'Media storage is unavailable', userMessage: 'Media storage is not answering right now; try again shortly.', cause: error });
  }
  return new AppError('INTERNAL', { message: 'Something went wrong on our side', cause: error });
}

/** The one place where errors become HTTP: `{ error: { code, message, userMessage, details } }`, never a stack. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((rawError: FastifyError, request, reply) => {
    const error = toAppError(rawError);
    if (error.status >= 500) request.log.error({ err: rawError }, 'request failed');
    else request.log.info({ code: error.code, status: error.status }, error.message);
    const retryAfter = error.details?.['retryAfterSeconds'];
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    return reply.status(error.status).send({
      error: { code: error.code, message: error.message, userMessage: error.userMessage, details: error.details ?? {} },
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${request.url.split('?')[0]}`, userMessage: 'Not found.', details: {} },
    }),
  );
}

import { z } from 'zod';

/** Shared HTTP schemas: ids in paths, pagination in queries, and the list/error envelopes. */
export const idParams = z.object({ id: z.uuid('Must be a valid id') });
export { paginationSchema as paginationQuery } from '@socialseed/core/shared/pagination';

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int(), limit: z.number().int(), total: z.number().int() });
}

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    userMessage: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
});

export const noContent = z.null().describe('No content');

/** Instants travel as ISO-8601 strings and are Dates inside the server. */
export const timestamp = z.codec(z.iso.datetime(), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

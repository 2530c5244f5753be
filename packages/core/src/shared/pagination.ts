import { z } from 'zod';

/** Every list takes `page` (from 1) and `limit` (1–100). */
export const paginationSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type Pagination = z.infer<typeof paginationSchema>;

export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

export function offsetOf(pagination: Pagination): number {
  return (pagination.page - 1) * pagination.limit;
}

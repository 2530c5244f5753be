import type { Page, Pagination } from '@socialseed/core/shared/pagination';

export function toPage<T>(items: T[], total: number, pagination: Pagination): Page<T> {
  return { items, page: pagination.page, limit: pagination.limit, total };
}

export const offset = (pagination: Pagination) => (pagination.page - 1) * pagination.limit;

/** Reads a count(*) that PostgreSQL returns as a bigint string. */
export const countOf = (rows: Array<{ count: number | string }>) => Number(rows[0]?.count ?? 0);

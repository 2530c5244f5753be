import { useQuery } from '@tanstack/react-query';
import { getInstanceMeta } from '../api/meta.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { EmailMode } from '../api/schemas/meta.ts';

/** The instance's configuration only changes with a restart, so one fetch per page load is plenty. */
export function useInstanceMeta() {
  return useQuery({ queryKey: queryKeys.instanceMeta, queryFn: getInstanceMeta, staleTime: 60 * 60_000 });
}

/** `undefined` while unknown (loading or failed): screens then avoid claiming either way. */
export function useEmailMode(): EmailMode | undefined {
  return useInstanceMeta().data?.email.mode;
}

import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';

interface QueryContentProps<Data> {
  query: UseQueryResult<Data>;
  loadingLabel: string;
  children: (data: Data) => ReactNode;
}

/**
 * A panel's body: a spinner while loading, the error inside the panel when its request failed
 * (the rest of the dashboard keeps working), else the data.
 */
export function QueryContent<Data>({ query, loadingLabel, children }: QueryContentProps<Data>) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) return <FormAlert error={query.error} />;
  return <>{children(query.data)}</>;
}

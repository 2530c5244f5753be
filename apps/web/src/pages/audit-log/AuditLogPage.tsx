import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { auditLogPageSize, listAuditLogs } from '../../api/admin.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { TextField } from '../../components/TextField.tsx';
import { AuditLogTable } from './AuditLogTable.tsx';

/** Who did what, newest first; owners and admins only (the server answers 403 to others). */
export function AuditLogPage() {
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const filter = action.trim();
  const logs = useQuery({
    queryKey: queryKeys.auditLogs(page, filter),
    queryFn: () => listAuditLogs({ page, action: filter || undefined }),
    placeholderData: keepPreviousData,
  });
  const pageCount = logs.data ? Math.max(1, Math.ceil(logs.data.total / auditLogPageSize)) : 1;

  return (
    <>
      <PageHeader title="Audit log" description="Every change made in this organization, with who made it and from where." />
      <div className="mb-4 max-w-xs">
        <TextField
          label="Filter by action"
          placeholder="e.g. brand.updated"
          hint="The exact action name."
          value={action}
          onChange={(value) => {
            setAction(value);
            setPage(1);
          }}
        />
      </div>
      {logs.isPending && <LoadingState label="Loading audit log…" />}
      {logs.isError && <FormAlert error={logs.error} />}
      {logs.data && (
        <>
          <AuditLogTable entries={logs.data.items} />
          <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={logs.isFetching} />
        </>
      )}
    </>
  );
}

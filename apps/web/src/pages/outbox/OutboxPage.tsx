import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listOutbox, outboxPageSize } from '../../api/admin.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useEmailMode } from '../../hooks/use-instance-meta.ts';
import { OutboxIntro } from './OutboxIntro.tsx';
import { OutboxTable } from './OutboxTable.tsx';

/** Emails the instance wrote, newest first; owners and admins only (the server answers 403 to others). */
export function OutboxPage() {
  const emailMode = useEmailMode();
  const [page, setPage] = useState(1);
  const emails = useQuery({
    queryKey: queryKeys.outbox(page),
    queryFn: () => listOutbox(page),
    placeholderData: keepPreviousData,
  });
  const pageCount = emails.data ? Math.max(1, Math.ceil(emails.data.total / outboxPageSize)) : 1;

  return (
    <>
      <PageHeader title="Outbox" description="Emails this instance has written, newest first, with the link each one carries." />
      <OutboxIntro emailMode={emailMode} />
      {emails.isPending && <LoadingState label="Loading outbox…" />}
      {emails.isError && <FormAlert error={emails.error} />}
      {emails.data && (
        <>
          <OutboxTable emails={emails.data.items} emailMode={emailMode} />
          <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={emails.isFetching} />
        </>
      )}
    </>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listPosts, postsPageSize } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { ApprovalQueue } from './ApprovalQueue.tsx';
import { useBrandName } from './use-brand-name.ts';

/** Posts awaiting approval, with Approve and Reject for managers and above. */
export function ApprovalView() {
  const [page, setPage] = useState(1);
  const brandName = useBrandName();
  const { can } = useCurrentOrganization();
  const query = { page, status: 'pending_approval' as const };
  const posts = useQuery({ queryKey: queryKeys.postList(query), queryFn: () => listPosts(query), placeholderData: keepPreviousData });
  const pageCount = posts.data ? Math.max(1, Math.ceil(posts.data.total / postsPageSize)) : 1;

  return (
    <>
      {posts.isPending && <LoadingState label="Loading posts awaiting approval…" />}
      {posts.isError && <FormAlert error={posts.error} />}
      {posts.data && <ApprovalQueue posts={posts.data.items} brandName={brandName} canApprove={can('manager')} />}
      {posts.data && pageCount > 1 && <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={posts.isFetching} />}
    </>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listPosts, postsPageSize, type PostFilters as PostQuery } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { postStatuses } from '../../api/schemas/post.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { toIsoWithOffset } from '../../components/local-time.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { BulkResults } from './BulkResults.tsx';
import { BulkScheduleBar } from './BulkScheduleBar.tsx';
import { PostFilters, type PostFilterValues } from './PostFilters.tsx';
import { PostsTable } from './PostsTable.tsx';
import { useBrandName } from './use-brand-name.ts';
import { useBulkSchedule } from './use-bulk-schedule.ts';
import { usePostSelection } from './use-post-selection.ts';

/**
 * Every post, filtered by status, words in the text and tag. Editors and above can tick approved
 * (or scheduled) posts and schedule them together: into each brand's queue, or at one time.
 */
export function LibraryView() {
  const [filters, setFilters] = useState<PostFilterValues>({ status: '', search: '', tag: '' });
  const [page, setPage] = useState(1);
  const search = useDebouncedValue(filters.search.trim());
  const tag = useDebouncedValue(filters.tag.trim());
  const brandName = useBrandName();
  const { can } = useCurrentOrganization();
  const { selectedIds, selection, labelOf, keepOnly } = usePostSelection();
  const bulk = useBulkSchedule();
  const query: PostQuery = { page, status: postStatuses.find((status) => status === filters.status), search: search || undefined, tag: tag || undefined };
  const posts = useQuery({ queryKey: queryKeys.postList(query), queryFn: () => listPosts(query), placeholderData: keepPreviousData });
  const pageCount = posts.data ? Math.max(1, Math.ceil(posts.data.total / postsPageSize)) : 1;

  function changeFilters(values: PostFilterValues) {
    setFilters(values);
    setPage(1);
  }

  function schedule(when?: Date) {
    const items = selectedIds.map((postId) => (when ? { postId, scheduledAt: toIsoWithOffset(when) } : { postId }));
    // The failed ones stay ticked, ready for another try once their problem is fixed.
    bulk.mutate(items, { onSuccess: (results) => keepOnly(results.filter((result) => !result.ok).map((result) => result.postId)) });
  }

  return (
    <>
      <PostFilters values={filters} onChange={changeFilters} />
      {can('editor') && selectedIds.length === 0 && <p className="mb-3 text-xs text-neutral-500">Tick approved posts to add them to the queue or schedule them together.</p>}
      {selectedIds.length > 0 && (
        <BulkScheduleBar count={selectedIds.length} busy={bulk.isPending} onQueue={() => schedule()} onScheduleAt={schedule} onClear={() => keepOnly([])} />
      )}
      {bulk.isError && <FormAlert error={bulk.error} />}
      {bulk.data && <BulkResults results={bulk.data} labelOf={labelOf} />}
      {posts.isPending && <LoadingState label="Loading posts…" />}
      {posts.isError && <FormAlert error={posts.error} />}
      {posts.data && <PostsTable posts={posts.data.items} brandName={brandName} selection={can('editor') ? selection : undefined} />}
      {posts.data && pageCount > 1 && <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={posts.isFetching} />}
    </>
  );
}

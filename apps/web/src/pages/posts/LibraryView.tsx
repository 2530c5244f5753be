import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listPosts, postsPageSize, type PostFilters as PostQuery } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { postStatuses } from '../../api/schemas/post.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { PostFilters, type PostFilterValues } from './PostFilters.tsx';
import { PostsTable } from './PostsTable.tsx';
import { useBrandName } from './use-brand-name.ts';

/** Every post, filtered by status, words in the text and tag. */
export function LibraryView() {
  const [filters, setFilters] = useState<PostFilterValues>({ status: '', search: '', tag: '' });
  const [page, setPage] = useState(1);
  const search = useDebouncedValue(filters.search.trim());
  const tag = useDebouncedValue(filters.tag.trim());
  const brandName = useBrandName();
  const query: PostQuery = { page, status: postStatuses.find((status) => status === filters.status), search: search || undefined, tag: tag || undefined };
  const posts = useQuery({ queryKey: queryKeys.postList(query), queryFn: () => listPosts(query), placeholderData: keepPreviousData });
  const pageCount = posts.data ? Math.max(1, Math.ceil(posts.data.total / postsPageSize)) : 1;

  function changeFilters(values: PostFilterValues) {
    setFilters(values);
    setPage(1);
  }

  return (
    <>
      <PostFilters values={filters} onChange={changeFilters} />
      {posts.isPending && <LoadingState label="Loading posts…" />}
      {posts.isError && <FormAlert error={posts.error} />}
      {posts.data && <PostsTable posts={posts.data.items} brandName={brandName} />}
      {posts.data && pageCount > 1 && <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={posts.isFetching} />}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { getPost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { PostDetail } from '../../api/schemas/post.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { movingTargetStatuses } from '../../components/post-status-labels.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { useSocialAccounts } from '../../hooks/use-social-accounts.ts';
import { editableStatuses } from '../compose/compose-rules.ts';
import { ApprovalActions } from './ApprovalActions.tsx';
import { PostActions } from './PostActions.tsx';
import { PostSummary } from './PostSummary.tsx';
import { TargetsTable } from './TargetsTable.tsx';
import { VersionHistory } from './VersionHistory.tsx';

/** While any delivery is under way the page asks again every 3 s, so progress shows by itself. */
function refreshInterval(post: PostDetail | undefined): number | false {
  return post?.targets.some((target) => movingTargetStatuses.includes(target.status)) ? 3000 : false;
}

export function PostDetailPage() {
  const { postId = '' } = useParams();
  const { can } = useCurrentOrganization();
  const accounts = useSocialAccounts();
  const post = useQuery({
    queryKey: queryKeys.post(postId),
    queryFn: () => getPost(postId),
    refetchInterval: (query) => refreshInterval(query.state.data),
  });

  return (
    <>
      <PageHeader title="Post" actions={post.data && <PostActions post={post.data} />} />
      {post.isPending && <LoadingState label="Loading post…" />}
      {post.isError && <FormAlert error={post.error} />}
      {post.data && (
        <div className="space-y-6">
          <PostSummary post={post.data} />
          {post.data.status === 'pending_approval' && can('manager') && (
            <Panel title="Review" description="Approve the post so it can be scheduled, or send it back with what should change.">
              <ApprovalActions postId={post.data.id} label="this post" />
            </Panel>
          )}
          <Panel title="Delivery" description={refreshInterval(post.data) ? 'Updating every few seconds while delivery is under way.' : undefined}>
            <TargetsTable postId={post.data.id} targets={post.data.targets} accounts={accounts.data} canRetry={can('editor')} />
          </Panel>
          <Panel title="Version history">
            <VersionHistory
              postId={post.data.id}
              versions={post.data.versions}
              current={post.data.version}
              canRestore={can('editor') && editableStatuses.includes(post.data.status)}
            />
          </Panel>
        </div>
      )}
    </>
  );
}

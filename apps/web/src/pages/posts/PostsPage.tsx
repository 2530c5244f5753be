import { Link, useSearchParams } from 'react-router';
import { buttonClassName } from '../../components/button-styles.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { ApprovalView } from './ApprovalView.tsx';
import { LibraryView } from './LibraryView.tsx';
import { PostTabs } from './PostTabs.tsx';

/** The content library, and the approval queue as its second view (`?view=approval`). */
export function PostsPage() {
  const [searchParams] = useSearchParams();
  const view = searchParams.get('view') === 'approval' ? 'approval' : 'all';
  const { can } = useCurrentOrganization();
  return (
    <>
      <PageHeader
        title="Posts"
        description="Every post of this organization, from drafts to published."
        actions={
          <>
            {can('editor') && (
              <Link to="/posts/import" className={buttonClassName('secondary')}>
                Import from CSV
              </Link>
            )}
            <Link to="/compose" className={buttonClassName('primary')}>
              New post
            </Link>
          </>
        }
      />
      <PostTabs current={view} />
      {view === 'approval' ? <ApprovalView /> : <LibraryView />}
    </>
  );
}

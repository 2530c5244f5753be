import { ApiError } from '../../api/api-error.ts';
import { restorePostVersion } from '../../api/posts.ts';
import type { PostVersion } from '../../api/schemas/post.ts';
import { Button } from '../../components/Button.tsx';
import { excerpt } from '../../components/excerpt.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useMemberNames } from '../../hooks/use-member-names.ts';
import { usePostAction } from './use-post-action.ts';

interface VersionHistoryProps {
  postId: string;
  versions: PostVersion[];
  current: number;
  /** Whether older versions can be made current again (an editable post, an editor or above). */
  canRestore: boolean;
}

/** Every saved state of the post, newest first, with who saved it, the words it had, and a way back to it. */
export function VersionHistory({ postId, versions, current, canRestore }: VersionHistoryProps) {
  const memberName = useMemberNames();
  const restore = usePostAction((version: number) => restorePostVersion(postId, version));
  if (versions.length === 0) return <p className="text-sm text-neutral-600">No versions recorded.</p>;

  function confirmRestore(version: number) {
    if (window.confirm(`Restore version ${version}? Its content becomes the post’s current content, saved as a new version.`)) restore.mutate(version);
  }

  return (
    <div className="space-y-3">
      {restore.isSuccess && <StatusMessage>Version {restore.variables} restored as version {restore.data.version}.</StatusMessage>}
      {restore.error ? (
        <p role="alert" className="text-sm text-red-700">
          {restore.error instanceof ApiError ? restore.error.userMessage : 'Restoring failed.'}
        </p>
      ) : null}
      <ol aria-label="Versions" className="space-y-3">
        {versions.map((version) => {
          const text = typeof version.snapshot.text === 'string' ? version.snapshot.text : '';
          return (
            <li key={version.version} className="flex flex-wrap items-start justify-between gap-3 text-sm">
              <div>
                <p className="font-medium text-neutral-900">
                  Version {version.version}
                  {version.version === current && <span className="ml-1 font-normal text-neutral-500">(current)</span>}
                </p>
                <p className="text-xs text-neutral-500">
                  {formatDateTime(version.createdAt)} · by {memberName(version.createdByUserId)}
                </p>
                <p className="mt-1 text-neutral-700">{excerpt(text, 160) || <span className="italic text-neutral-500">No text</span>}</p>
              </div>
              {canRestore && version.version !== current && (
                <Button
                  variant="secondary"
                  className="px-2.5 py-1 text-xs"
                  busy={restore.isPending && restore.variables === version.version}
                  busyLabel="Restoring…"
                  disabled={restore.isPending}
                  onClick={() => confirmRestore(version.version)}
                >
                  Restore<span className="sr-only"> version {version.version}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

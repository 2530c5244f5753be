import type { PostVersion } from '../../api/schemas/post.ts';
import { excerpt } from '../../components/excerpt.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { useMemberNames } from '../../hooks/use-member-names.ts';

/** Every saved state of the post, newest first, with who saved it and the words it had. */
export function VersionHistory({ versions, current }: { versions: PostVersion[]; current: number }) {
  const memberName = useMemberNames();
  if (versions.length === 0) return <p className="text-sm text-neutral-600">No versions recorded.</p>;
  return (
    <ol aria-label="Versions" className="space-y-3">
      {versions.map((version) => {
        const text = typeof version.snapshot.text === 'string' ? version.snapshot.text : '';
        return (
          <li key={version.version} className="text-sm">
            <p className="font-medium text-neutral-900">
              Version {version.version}
              {version.version === current && <span className="ml-1 font-normal text-neutral-500">(current)</span>}
            </p>
            <p className="text-xs text-neutral-500">
              {formatDateTime(version.createdAt)} · by {memberName(version.createdByUserId)}
            </p>
            <p className="mt-1 text-neutral-700">{excerpt(text, 160) || <span className="italic text-neutral-500">No text</span>}</p>
          </li>
        );
      })}
    </ol>
  );
}

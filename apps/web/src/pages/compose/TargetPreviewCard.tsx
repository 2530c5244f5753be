import type { TargetPreview } from '../../api/schemas/post-preview.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

/** One account's preview: the parts in order (numbered when a thread), the images, and any problem. */
export function TargetPreviewCard({ preview }: { preview: TargetPreview }) {
  const name = `@${preview.handle} · ${platformShortNames[preview.platform]}`;
  const thread = preview.parts.length > 1;
  return (
    <li aria-label={name} className="rounded-md border border-neutral-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-neutral-900">{name}</h3>
        <div className="flex items-center gap-2 text-xs text-neutral-600">
          {thread && <span>Thread of {preview.parts.length}</span>}
          {preview.mediaIds.length > 0 && <span>{preview.mediaIds.length === 1 ? '1 image' : `${preview.mediaIds.length} images`}</span>}
          <StatusBadge label={preview.valid ? 'Ready' : 'Would be refused'} tone={preview.valid ? 'active' : 'danger'} />
        </div>
      </div>
      {preview.parts.length === 0 ? (
        <p className="mt-2 text-sm italic text-neutral-500">No text</p>
      ) : (
        <ol aria-label={`Parts for @${preview.handle}`} className="mt-2 space-y-2">
          {preview.parts.map((part, index) => (
            <li key={index} className="rounded bg-neutral-50 p-2 text-sm">
              <p className="text-xs text-neutral-500">
                {thread ? `Part ${index + 1} of ${preview.parts.length} · ` : ''}
                <span className={`tabular-nums ${part.length > part.limit ? 'font-medium text-red-700' : ''}`}>
                  {part.length}/{part.limit}
                </span>
              </p>
              <p className="mt-1 whitespace-pre-wrap text-neutral-900">{part.text}</p>
            </li>
          ))}
        </ol>
      )}
      {preview.issues.length > 0 && (
        <ul aria-label={`Problems for @${preview.handle}`} className="mt-2 list-inside list-disc text-sm text-red-700">
          {preview.issues.map((issue) => (
            <li key={`${issue.code}-${issue.field ?? ''}-${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

import { useId } from 'react';
import { AttachmentName } from '../../components/AttachmentName.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { MediaThumbnail } from '../../components/MediaThumbnail.tsx';

interface OverrideMediaChoiceProps {
  handle: string;
  mainMediaIds: string[];
  /** Null: the same attachments as the main post. */
  chosen: string[] | null;
  onChange: (mediaIds: string[] | null) => void;
  error?: string | undefined;
}

/**
 * Which of the post's images and videos go to one account: all of them, or the ones ticked here
 * (maybe none) — e.g. everything but a video, which no network is sent yet.
 */
export function OverrideMediaChoice({ handle, mainMediaIds, chosen, onChange, error }: OverrideMediaChoiceProps) {
  const groupId = useId();
  if (mainMediaIds.length === 0) return null;
  const subset = chosen?.filter((mediaId) => mainMediaIds.includes(mediaId));

  function toggle(mediaId: string, checked: boolean) {
    const next = new Set(subset ?? []);
    if (checked) next.add(mediaId);
    else next.delete(mediaId);
    // Kept in the main post's order, so the account gets them in the order they were attached.
    onChange(mainMediaIds.filter((id) => next.has(id)));
  }

  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${groupId}-error` : undefined}>
      <legend className="text-sm font-medium text-neutral-800">Images and videos for @{handle}</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name={`${groupId}-mode`} checked={subset === undefined} onChange={() => onChange(null)} className="accent-accent-700" />
          Same as main post
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={`${groupId}-mode`} checked={subset !== undefined} onChange={() => onChange([...mainMediaIds])} className="accent-accent-700" />
          Choose which go to this account
        </label>
      </div>
      {subset !== undefined && (
        <ul aria-label={`Images and videos for @${handle}`} className="flex flex-wrap gap-3">
          {mainMediaIds.map((mediaId, index) => (
            <li key={mediaId}>
              <label className="flex flex-col items-center gap-1 text-xs text-neutral-700">
                <MediaThumbnail mediaId={mediaId} alt="" />
                <span className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={subset.includes(mediaId)}
                    onChange={(event) => toggle(mediaId, event.target.checked)}
                    className="size-4 rounded border-neutral-300 accent-accent-700"
                  />
                  <AttachmentName mediaId={mediaId} position={index + 1} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={`${groupId}-error`} message={error} />
    </fieldset>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { saveAltText } from '../../api/media.ts';
import { FieldError } from '../../components/FieldError.tsx';
import { describedBy, hintClassName } from '../../components/field-styles.ts';
import { mediaMetadataKey, useMediaMetadata } from '../../hooks/use-media-metadata.ts';

/** Mastodon's limit, the tightest of the networks (docs/api.md, Media). */
const maxAltText = 1500;

/**
 * What an attached image shows, in words: saved on the image when the field loses focus, and
 * sent with it to every network as alt text (Bluesky needs it for every image).
 */
export function AltTextField({ mediaId, position, noun = 'image' }: { mediaId: string; position: number; noun?: 'image' | 'video' }) {
  const id = useId();
  const queryClient = useQueryClient();
  const stored = useMediaMetadata(mediaId);
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (altText: string) => saveAltText(mediaId, altText),
    onSuccess: (media) => {
      queryClient.setQueryData(mediaMetadataKey(mediaId), media);
      setDraft(null);
    },
  });
  const value = draft ?? stored.data?.altText ?? '';
  const error = save.error instanceof ApiError ? save.error.userMessage : save.error ? 'The alt text was not saved.' : undefined;

  return (
    <div className="w-48">
      <label htmlFor={id} className="text-xs font-medium text-neutral-700">
        Alt text for {noun} {position}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={maxAltText}
        value={value}
        disabled={stored.isPending}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== null && draft !== (stored.data?.altText ?? '') && save.mutate(draft)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
        className="mt-1 block w-full rounded-md border border-neutral-300 px-2 py-1 text-xs"
      />
      <p id={`${id}-hint`} className={hintClassName}>
        {save.isPending ? 'Saving…' : save.isSuccess && draft === null ? 'Saved.' : `What the ${noun} shows, for people who cannot see it.`}
      </p>
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}

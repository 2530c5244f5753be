import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type Dispatch, type SetStateAction } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { uploadMedia } from '../../api/media.ts';
import { Button } from '../../components/Button.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { describedBy, hintClassName, labelClassName } from '../../components/field-styles.ts';
import { MediaThumbnail } from '../../components/MediaThumbnail.tsx';
import { AltTextField } from './AltTextField.tsx';
import { maxMediaPerPost } from './compose-rules.ts';

// The API's upload rules (docs/api.md, Media), checked first so people do not wait for a rejection.
const acceptedTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const maxBytes = 20 * 1024 * 1024;

interface PostMediaFieldProps {
  mediaIds: string[];
  /** A state setter: uploads finishing one by one add to whatever the list is by then. */
  onChange: Dispatch<SetStateAction<string[]>>;
  error?: string | undefined;
}

/** The post's images: uploaded as soon as they are chosen, saved with the post. */
export function PostMediaField({ mediaIds, onChange, error }: PostMediaFieldProps) {
  const inputId = useId();
  const [fileError, setFileError] = useState<string>();
  // Uploads run one after another, each adding its image to the list as it lands.
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      for (const file of files) {
        const media = await uploadMedia(file);
        onChange((current) => [...current, media.id]);
      }
    },
  });
  const uploadError = upload.error instanceof ApiError ? upload.error.userMessage : upload.error ? 'The upload failed.' : undefined;
  const shownError = fileError ?? uploadError ?? error;
  const room = maxMediaPerPost - mediaIds.length;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = ''; // lets the same file be chosen again after a failure
    if (files.length === 0) return;
    if (files.some((file) => !acceptedTypes.includes(file.type))) return setFileError('Choose PNG, JPEG, WebP or GIF images.');
    if (files.some((file) => file.size > maxBytes)) return setFileError('Choose images of 20 MB or less.');
    if (files.length > room) return setFileError(`A post holds at most ${maxMediaPerPost} images.`);
    setFileError(undefined);
    upload.mutate(files);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className={labelClassName}>
        Images
      </label>
      {mediaIds.length > 0 && (
        <ul aria-label="Images attached" className="flex flex-wrap gap-3">
          {mediaIds.map((mediaId, index) => (
            <li key={mediaId} className="flex flex-col items-center gap-1">
              <MediaThumbnail mediaId={mediaId} alt={`Image ${index + 1}`} />
              <AltTextField mediaId={mediaId} position={index + 1} />
              <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => onChange((current) => current.filter((other) => other !== mediaId))}>
                Remove<span className="sr-only"> image {index + 1}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        type="file"
        multiple
        accept={acceptedTypes.join(',')}
        onChange={choose}
        disabled={upload.isPending || room <= 0}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(`${inputId}-hint`, shownError && `${inputId}-error`)}
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
      />
      <p id={`${inputId}-hint`} className={hintClassName}>
        Optional. Up to {maxMediaPerPost} PNG, JPEG, WebP or GIF images of up to 20 MB each; each network gets them fitted to its own limits.
      </p>
      {upload.isPending && <p role="status" className="text-sm text-neutral-600">Uploading…</p>}
      <FieldError id={`${inputId}-error`} message={shownError} />
    </div>
  );
}

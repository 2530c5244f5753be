import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { uploadMedia } from '../../../api/media.ts';
import { Button } from '../../../components/Button.tsx';
import { FieldError } from '../../../components/FieldError.tsx';
import { describedBy, hintClassName, labelClassName } from '../../../components/field-styles.ts';
import { LogoPreview } from '../../../components/LogoPreview.tsx';

// The API's upload rules (docs/api.md, Media), checked first so people do not wait for a rejection.
const acceptedTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const maxBytes = 5 * 1024 * 1024;

interface LogoUploadProps {
  mediaId: string | null;
  onChange: (mediaId: string | null) => void;
  brandName: string;
  error?: string | undefined;
}

/** Uploads the file as soon as it is chosen; the step saves the resulting media id with Next. */
export function LogoUpload({ mediaId, onChange, brandName, error }: LogoUploadProps) {
  const inputId = useId();
  const [fileError, setFileError] = useState<string>();
  const upload = useMutation({ mutationFn: uploadMedia, onSuccess: (media) => onChange(media.id) });
  const uploadError = upload.error instanceof ApiError ? upload.error.userMessage : upload.error ? 'The upload failed.' : undefined;
  const shownError = fileError ?? uploadError ?? error;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // lets the same file be chosen again after a failure
    if (!file) return;
    if (!acceptedTypes.includes(file.type)) return setFileError('Choose a PNG, JPEG, WebP or GIF image.');
    if (file.size > maxBytes) return setFileError('Choose an image of 5 MB or less.');
    setFileError(undefined);
    upload.mutate(file);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className={labelClassName}>
        Logo
      </label>
      <div className="flex items-center gap-4">
        {mediaId && <LogoPreview mediaId={mediaId} alt={`${brandName} logo`} />}
        <div className="space-y-2">
          <input
            id={inputId}
            type="file"
            accept={acceptedTypes.join(',')}
            onChange={choose}
            disabled={upload.isPending}
            aria-invalid={shownError ? true : undefined}
            aria-describedby={describedBy(`${inputId}-hint`, shownError && `${inputId}-error`)}
            className="block text-sm file:mr-3 file:rounded-md file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
          />
          <p id={`${inputId}-hint`} className={hintClassName}>
            Optional. PNG, JPEG, WebP or GIF, up to 5 MB.
          </p>
          {upload.isPending && <p role="status" className="text-sm text-neutral-600">Uploading…</p>}
          {mediaId && !upload.isPending && (
            <Button variant="ghost" onClick={() => onChange(null)}>
              Remove logo
            </Button>
          )}
        </div>
      </div>
      <FieldError id={`${inputId}-error`} message={shownError} />
    </div>
  );
}

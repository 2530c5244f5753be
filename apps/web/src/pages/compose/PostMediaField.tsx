import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type Dispatch, type SetStateAction } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { uploadMedia } from '../../api/media.ts';
import { Button } from '../../components/Button.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { describedBy, hintClassName, labelClassName } from '../../components/field-styles.ts';
import { MediaThumbnail } from '../../components/MediaThumbnail.tsx';
import { VideoPreview } from '../../components/VideoPreview.tsx';
import { mediaMetadataKey, useHasVideo, useMediaMetadata } from '../../hooks/use-media-metadata.ts';
import { AltTextField } from './AltTextField.tsx';
import { maxMediaPerPost } from './compose-rules.ts';

// The API's upload rules (docs/api.md, Media), checked first so people do not wait for a rejection.
const MiB = 1024 * 1024;
const imageTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const videoTypes = ['video/mp4', 'video/quicktime', 'video/webm'];
const maxImageBytes = 20 * MiB;
const maxVideoBytes = 100 * MiB;

interface PostMediaFieldProps {
  mediaIds: string[];
  /** A state setter: uploads finishing one by one add to whatever the list is by then. */
  onChange: Dispatch<SetStateAction<string[]>>;
  error?: string | undefined;
}

/** Why a chosen file cannot be uploaded, before sending it; undefined when it may go. */
function fileProblem(file: File): string | undefined {
  if (imageTypes.includes(file.type)) return file.size > maxImageBytes ? 'Choose images of 20 MB or less.' : undefined;
  if (videoTypes.includes(file.type)) return file.size > maxVideoBytes ? 'Choose videos of 100 MB or less.' : undefined;
  return 'Choose PNG, JPEG, WebP or GIF images, or MP4, MOV or WebM videos.';
}

/** One attachment: its thumbnail, its description, a player for a video, and a way to remove it. */
function AttachedMedia({ mediaId, position, onRemove }: { mediaId: string; position: number; onRemove: () => void }) {
  const noun = useMediaMetadata(mediaId).data?.kind === 'video' ? 'video' : 'image';
  const name = `${noun === 'video' ? 'Video' : 'Image'} ${position}`;
  return (
    <li className="flex flex-col items-center gap-1">
      <MediaThumbnail mediaId={mediaId} alt={name} />
      {noun === 'video' && <VideoPreview mediaId={mediaId} label={`video ${position}`} />}
      <AltTextField mediaId={mediaId} position={position} noun={noun} />
      <Button variant="ghost" className="px-2 py-1 text-xs" onClick={onRemove}>
        Remove<span className="sr-only"> {noun} {position}</span>
      </Button>
    </li>
  );
}

/** The post's images and videos: uploaded as soon as they are chosen, saved with the post. */
export function PostMediaField({ mediaIds, onChange, error }: PostMediaFieldProps) {
  const inputId = useId();
  const queryClient = useQueryClient();
  const [fileError, setFileError] = useState<string>();
  const hasVideo = useHasVideo(mediaIds);
  // Uploads run one after another, each adding its file to the list as it lands.
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      for (const file of files) {
        const media = await uploadMedia(file);
        queryClient.setQueryData(mediaMetadataKey(media.id), media);
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
    const problem = files.map(fileProblem).find((message) => message !== undefined);
    if (problem) return setFileError(problem);
    if (files.length > room) return setFileError(`A post holds at most ${maxMediaPerPost} images or videos.`);
    setFileError(undefined);
    upload.mutate(files);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className={labelClassName}>
        Images and videos
      </label>
      {mediaIds.length > 0 && (
        <ul aria-label="Attached" className="flex flex-wrap gap-3">
          {mediaIds.map((mediaId, index) => (
            <AttachedMedia key={mediaId} mediaId={mediaId} position={index + 1} onRemove={() => onChange((current) => current.filter((other) => other !== mediaId))} />
          ))}
        </ul>
      )}
      {hasVideo && (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Posting video is not supported by Socialseed yet: you can save this post as a draft, but it cannot be scheduled or published while it carries a video.
        </p>
      )}
      <input
        id={inputId}
        type="file"
        multiple
        accept={[...imageTypes, ...videoTypes].join(',')}
        onChange={choose}
        disabled={upload.isPending || room <= 0}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(`${inputId}-hint`, shownError && `${inputId}-error`)}
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
      />
      <p id={`${inputId}-hint`} className={hintClassName}>
        Optional. Up to {maxMediaPerPost} PNG, JPEG, WebP or GIF images of up to 20 MB each, fitted to each network&apos;s limits; MP4, MOV or WebM videos of up to 100 MB can be kept in drafts.
      </p>
      {upload.isPending && <p role="status" className="text-sm text-neutral-600">Uploading…</p>}
      <FieldError id={`${inputId}-error`} message={shownError} />
    </div>
  );
}

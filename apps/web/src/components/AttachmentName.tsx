import { useMediaMetadata } from '../hooks/use-media-metadata.ts';

/** "Image 2" or "Video 2": an attachment named by what it is and its place in the post. */
export function AttachmentName({ mediaId, position }: { mediaId: string; position: number }) {
  return <>{`${useMediaMetadata(mediaId).data?.kind === 'video' ? 'Video' : 'Image'} ${position}`}</>;
}

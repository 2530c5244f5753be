import { useMediaMetadata } from '../hooks/use-media-metadata.ts';
import { useMediaUrl } from '../hooks/use-media-url.ts';
import { formatDuration } from './format-duration.ts';

const frame = 'size-16 rounded-md border';

function Failed() {
  return <span className={`grid place-items-center border-red-200 bg-red-50 p-1 text-center text-xs text-red-700 ${frame}`}>Not loaded</span>;
}

function Loading() {
  return <span aria-hidden="true" className="block size-16 animate-pulse rounded-md bg-neutral-100" />;
}

/**
 * A video as a tile with its length rather than a frame: drawing a frame means downloading the
 * whole file (up to 100 MiB) with the token, which the tile does not need. The tile names what it is.
 */
function VideoTile({ durationMs }: { durationMs: number | null }) {
  return (
    <span role="img" aria-label={durationMs === null ? 'Video' : `Video, ${formatDuration(durationMs)}`} className={`grid place-items-center border-neutral-300 bg-neutral-800 text-center text-xs text-white ${frame}`}>
      <span aria-hidden="true">
        ▶ Video
        {durationMs !== null && <span className="block">{formatDuration(durationMs)}</span>}
      </span>
    </span>
  );
}

function ImageThumbnail({ mediaId, alt }: { mediaId: string; alt: string }) {
  const { url, failed } = useMediaUrl(mediaId);
  if (failed) return <Failed />;
  if (!url) return <Loading />;
  return <img src={url} alt={alt} className={`border-neutral-200 object-cover ${frame}`} />;
}

/** A small square preview of an attachment: the image itself, or a video tile with its length. */
export function MediaThumbnail({ mediaId, alt }: { mediaId: string; alt: string }) {
  const metadata = useMediaMetadata(mediaId);
  if (metadata.isError) return <Failed />;
  if (!metadata.data) return <Loading />;
  if (metadata.data.kind === 'video') return <VideoTile durationMs={metadata.data.durationMs} />;
  return <ImageThumbnail mediaId={mediaId} alt={alt} />;
}

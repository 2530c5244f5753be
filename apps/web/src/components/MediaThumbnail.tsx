import { useMediaUrl } from '../hooks/use-media-url.ts';

/** A small square preview of an attached image; says so in words when the bytes cannot be loaded. */
export function MediaThumbnail({ mediaId, alt }: { mediaId: string; alt: string }) {
  const { url, failed } = useMediaUrl(mediaId);
  if (failed) return <span className="grid size-16 place-items-center rounded-md border border-red-200 bg-red-50 p-1 text-center text-xs text-red-700">Not loaded</span>;
  if (!url) return <span aria-hidden="true" className="block size-16 animate-pulse rounded-md bg-neutral-100" />;
  return <img src={url} alt={alt} className="size-16 rounded-md border border-neutral-200 object-cover" />;
}

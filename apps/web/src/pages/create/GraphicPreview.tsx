import { useMediaUrl } from '../../hooks/use-media-url.ts';

/** A rendered graphic at a readable size; its bytes need the Authorization header, hence the hook. */
export function GraphicPreview({ mediaId, alt }: { mediaId: string; alt: string }) {
  const { url, failed } = useMediaUrl(mediaId);
  if (failed) return <p className="text-xs text-red-700">The graphic could not be loaded.</p>;
  if (!url) return <span aria-hidden="true" className="block aspect-video w-full animate-pulse rounded-md bg-neutral-100" />;
  return <img src={url} alt={alt} className="w-full rounded-md border border-neutral-200" />;
}

import { useMediaUrl } from '../hooks/use-media-url.ts';

const sizes = { small: 'size-10', large: 'size-20' } as const;

/** A brand's logo. `alt=""` marks a decorative copy (a card already names the brand beside it). */
export function LogoPreview({ mediaId, alt, size = 'large' }: { mediaId: string; alt: string; size?: keyof typeof sizes }) {
  const { url, failed } = useMediaUrl(mediaId);
  if (failed) return <p className="text-sm text-red-700">The logo could not be loaded.</p>;
  if (!url) return <div className={`${sizes[size]} animate-pulse rounded-md bg-neutral-100`} />;
  return <img src={url} alt={alt} className={`${sizes[size]} rounded-md border border-neutral-200 object-contain p-1`} />;
}

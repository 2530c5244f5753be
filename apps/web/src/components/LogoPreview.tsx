import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { downloadMedia } from '../api/media.ts';
import { queryKeys } from '../api/query-keys.ts';

const sizes = { small: 'size-10', large: 'size-20' } as const;

/**
 * Media content requires the Authorization header, which <img src> cannot send, so the bytes
 * are fetched with the client and shown through an object URL that is released afterwards.
 *
 * `alt=""` marks a decorative copy (a card already names the brand beside it).
 */
export function LogoPreview({ mediaId, alt, size = 'large' }: { mediaId: string; alt: string; size?: keyof typeof sizes }) {
  const blob = useQuery({ queryKey: queryKeys.media(mediaId), queryFn: () => downloadMedia(mediaId), staleTime: Infinity });
  const [objectUrl, setObjectUrl] = useState<string>();

  useEffect(() => {
    if (!blob.data) return;
    const url = URL.createObjectURL(blob.data);
    setObjectUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [blob.data]);

  if (blob.isError) return <p className="text-sm text-red-700">The logo could not be loaded.</p>;
  if (!objectUrl) return <div className={`${sizes[size]} animate-pulse rounded-md bg-neutral-100`} />;
  return <img src={objectUrl} alt={alt} className={`${sizes[size]} rounded-md border border-neutral-200 object-contain p-1`} />;
}

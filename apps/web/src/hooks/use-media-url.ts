import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { downloadMedia } from '../api/media.ts';
import { queryKeys } from '../api/query-keys.ts';

/**
 * An object URL for a stored image. Media content requires the Authorization header, which
 * <img src> cannot send, so the bytes are fetched with the client and the URL is released when
 * the component goes away. `failed` is true when the bytes could not be loaded. `enabled: false`
 * waits (a video of up to 100 MiB is only fetched when someone asks to play it).
 */
export function useMediaUrl(mediaId: string, enabled = true): { url: string | undefined; failed: boolean } {
  const blob = useQuery({ queryKey: queryKeys.media(mediaId), queryFn: () => downloadMedia(mediaId), staleTime: Infinity, enabled });
  const [objectUrl, setObjectUrl] = useState<string>();

  useEffect(() => {
    if (!blob.data) return;
    const url = URL.createObjectURL(blob.data);
    setObjectUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [blob.data]);

  return { url: objectUrl, failed: blob.isError };
}

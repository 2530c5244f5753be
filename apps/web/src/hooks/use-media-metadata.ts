import { useQueries, useQuery } from '@tanstack/react-query';
import { getMedia } from '../api/media.ts';
import { queryKeys } from '../api/query-keys.ts';

/** Where an asset's metadata is cached; an upload seeds it with the answer it got. */
export const mediaMetadataKey = (mediaId: string) => [...queryKeys.media(mediaId), 'metadata'] as const;

/** An asset's metadata (kind, type, duration, alt text), shared by every component showing it. */
export function useMediaMetadata(mediaId: string) {
  return useQuery({ queryKey: mediaMetadataKey(mediaId), queryFn: () => getMedia(mediaId) });
}

/** Whether any of these assets is a video (false while their metadata loads). */
export function useHasVideo(mediaIds: readonly string[]): boolean {
  return useQueries({
    queries: mediaIds.map((mediaId) => ({ queryKey: mediaMetadataKey(mediaId), queryFn: () => getMedia(mediaId) })),
    combine: (results) => results.some((result) => result.data?.kind === 'video'),
  });
}

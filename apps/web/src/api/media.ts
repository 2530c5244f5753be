import { apiBlob, apiRequest } from './http-client.ts';
import { mediaSchema } from './schemas/misc.ts';

export async function uploadMedia(file: File) {
  const form = new FormData();
  form.append('file', file);
  const result = await apiRequest('/media', mediaSchema, { method: 'POST', body: form });
  return result.media;
}

/** Media bytes need the Authorization header, so an <img src> cannot load them directly. */
export function downloadMedia(mediaId: string): Promise<Blob> {
  return apiBlob(`/media/${encodeURIComponent(mediaId)}/content`);
}

export async function getMedia(mediaId: string) {
  const result = await apiRequest(`/media/${encodeURIComponent(mediaId)}`, mediaSchema);
  return result.media;
}

/** The description sent with the image to every network as its alt text; empty removes it. */
export async function saveAltText(mediaId: string, altText: string) {
  const result = await apiRequest(`/media/${encodeURIComponent(mediaId)}`, mediaSchema, { method: 'PUT', body: { altText } });
  return result.media;
}

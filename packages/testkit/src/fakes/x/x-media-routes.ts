import type { FakeRequest, FakeResponse, FakeRoute } from '../fake-server';
import { formField } from '../../spec/request-body';
import { invalidRequest } from './x-responses';
import type { XState } from './x-state';

const maxImageBytes = 5 * 1024 * 1024;

/** The uploaded bytes and type: a multipart file part, or base64 in JSON (both are in the spec). */
function uploaded(request: FakeRequest): { bytes: Buffer; mimeType: string } | null {
  const body = request.body;
  if (body.kind === 'multipart') {
    const file = body.files.media?.[0];
    const mimeType = formField(body, 'media_type') ?? file?.mimeType ?? '';
    if (file) return { bytes: file.bytes, mimeType };
    const base64 = formField(body, 'media');
    return base64 ? { bytes: Buffer.from(base64, 'base64'), mimeType } : null;
  }
  if (body.kind === 'json' && body.value !== null && typeof body.value === 'object') {
    const value = body.value as { media?: unknown; media_type?: unknown };
    if (typeof value.media === 'string') return { bytes: Buffer.from(value.media, 'base64'), mimeType: typeof value.media_type === 'string' ? value.media_type : '' };
  }
  return null;
}

function upload(state: XState, request: FakeRequest): FakeResponse {
  const file = uploaded(request);
  if (!file || file.bytes.length === 0) return invalidRequest('media is required.');
  if (!file.mimeType.startsWith('image/')) return invalidRequest(`media type ${file.mimeType || '(unknown)'} is not an image.`);
  if (file.bytes.length > maxImageBytes) return invalidRequest('File size exceeds 5242880 bytes.');
  const id = state.nextId();
  const mediaKey = `3_${id}`;
  state.media.set(id, { id, mediaKey, ownerId: request.principal?.userId ?? '', mimeType: file.mimeType, size: file.bytes.length, altText: null });
  return { status: 200, body: { data: { id, media_key: mediaKey, size: file.bytes.length, expires_after_secs: 86_400 } } };
}

function setMetadata(state: XState, request: FakeRequest): FakeResponse {
  const value = (request.body.kind === 'json' ? request.body.value : {}) as { id?: string; metadata?: { alt_text?: { text?: string } } };
  const media = state.media.get(value.id ?? '');
  if (!media || media.ownerId !== request.principal?.userId) return invalidRequest('Your media ID is invalid.');
  media.altText = value.metadata?.alt_text?.text ?? media.altText;
  return { status: 200, body: { data: { id: media.id, associated_metadata: { alt_text: { text: media.altText ?? '' } } } } };
}

/** One-shot POST /2/media/upload (images up to 5 MB) and POST /2/media/metadata (alt text). */
export function xMediaRoutes(state: XState): FakeRoute[] {
  return [
    { method: 'POST', path: '/2/media/upload', auth: 'user', handle: (request) => upload(state, request) },
    { method: 'POST', path: '/2/media/metadata', auth: 'user', handle: (request) => setMetadata(state, request) },
  ];
}

import type { FakeRequest, FakeResponse, FakeRoute } from '../fake-server';
import { formField } from '../../spec/request-body';
import { mastodonError, renderMedia } from './mastodon-render';
import type { MastodonState } from './mastodon-state';

export interface MastodonMediaOptions {
  /**
   * How many GET /api/v1/media/:id polls answer 206 (still processing) before 200. Zero makes
   * POST /api/v2/media answer 200 with the URL at once; more makes it answer 202 with url null.
   */
  processingPolls: () => number;
}

function upload(state: MastodonState, options: MastodonMediaOptions, request: FakeRequest): FakeResponse {
  const file = request.body.kind === 'multipart' ? request.body.files.file?.[0] : undefined;
  if (!file) return mastodonError(422, "Validation failed: File can't be blank");
  if (!/^(image|video|audio)\//.test(file.mimeType)) return mastodonError(422, `Validation failed: File content type is invalid`);
  if (file.mimeType.startsWith('image/') && file.bytes.length > state.limits.imageSizeLimit) return mastodonError(422, 'Validation failed: File file size must be less than 16 MB');
  const description = formField(request.body, 'description') ?? null;
  if (description && [...description].length > state.limits.descriptionLimit) {
    return mastodonError(422, `Validation failed: Description is too long (maximum is ${state.limits.descriptionLimit} characters)`);
  }
  const polls = options.processingPolls();
  const media = { id: state.nextId(), accountId: request.principal?.userId ?? '', mimeType: file.mimeType, size: file.bytes.length, description, pollsUntilReady: polls, statusId: null };
  state.media.set(media.id, media);
  return { status: polls > 0 ? 202 : 200, body: renderMedia(state, media) };
}

/** POST /api/v2/media (multipart file + description) and GET /api/v1/media/{id} for polling. */
export function mastodonMediaRoutes(state: MastodonState, options: MastodonMediaOptions): FakeRoute[] {
  return [
    { method: 'POST', path: '/api/v2/media', auth: 'user', handle: (request) => upload(state, options, request) },
    {
      method: 'GET',
      path: '/api/v1/media/{id}',
      auth: 'user',
      handle(request) {
        const media = state.media.get(request.params.id ?? '');
        if (!media || media.accountId !== request.principal?.userId) return mastodonError(404, 'Record not found');
        if (media.pollsUntilReady > 0) {
          media.pollsUntilReady -= 1;
          return { status: 206, body: renderMedia(state, { ...media, pollsUntilReady: 1 }) };
        }
        return { status: 200, body: renderMedia(state, media) };
      },
    },
  ];
}

import crypto from 'node:crypto';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import { readImageDimensions } from './image-dimensions';
import {
  MAX_IMAGE_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_VIDEO_BYTES,
  type AcceptedImageType,
  type AcceptedMediaType,
  type AcceptedVideoType,
  type MediaAssetRecord,
  type MediaKind,
} from './media-asset';
import { sniffImageType } from './sniff-image-type';
import { sniffVideoType } from './sniff-video-type';
import { readVideoMetadata } from './video-metadata';

/** One uploaded file, already read into memory by the HTTP layer (at most MAX_UPLOAD_BYTES). */
export interface UploadMediaInput {
  bytes: Buffer;
  /** What the client said the file is; only accepted when the bytes agree. */
  declaredMimeType: string;
  originalName: string | null;
}

/** What the bytes proved the file to be, and what was read from its header. */
interface InspectedMedia {
  kind: MediaKind;
  mimeType: AcceptedMediaType;
  width: number | null;
  height: number | null;
  durationMs: number | null;
}

const MAX_NAME_LENGTH = 255;
const MiB = 1024 * 1024;
const limitOf: Record<MediaKind, number> = { image: MAX_IMAGE_BYTES, video: MAX_VIDEO_BYTES };
const ACCEPTED = 'a PNG, JPEG, WebP or GIF image, or an MP4, QuickTime (.mov) or WebM video';

/** The answer for a file over its type's limit. */
export function fileTooLargeError(kind: MediaKind): AppError {
  const limit = `${kind}s at most ${limitOf[kind] / MiB} MiB`;
  return new AppError('PAYLOAD_TOO_LARGE', {
    message: `File exceeds ${limitOf[kind]} bytes`,
    userMessage: `The file is too large: ${limit}.`,
    details: { issues: [{ field: 'file', message: `Too large: ${limit}` }] },
  });
}

/**
 * The answer when the HTTP layer stopped reading at MAX_UPLOAD_BYTES. The part read still opens
 * with the file's magic bytes, so an image is told the image limit; anything else was over the
 * video limit, the largest there is.
 */
export function truncatedUploadError(head: Uint8Array): AppError {
  return fileTooLargeError(sniffImageType(head) ? 'image' : 'video');
}

function unsupported(message: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', {
    message,
    userMessage: `Upload ${ACCEPTED}.`,
    details: { issues: [{ field: 'file', message }] },
  });
}

const damaged = (what: string) => AppError.invalid([{ field: 'file', message: `The ${what} is damaged or incomplete` }], `This ${what} could not be read.`);

type SniffedMedia = { kind: 'image'; mimeType: AcceptedImageType } | { kind: 'video'; mimeType: AcceptedVideoType };

function sniffMedia(bytes: Uint8Array): SniffedMedia {
  const image = sniffImageType(bytes);
  if (image) return { kind: 'image', mimeType: image };
  const video = sniffVideoType(bytes);
  if (video?.accepted === false) throw unsupported(video.reason);
  if (video) return { kind: 'video', mimeType: video.mimeType };
  throw unsupported(`The file is not ${ACCEPTED}`);
}

/** The type the bytes prove, with its limit and the declared type checked; nothing else is read yet. */
function sniff(input: UploadMediaInput): SniffedMedia {
  const found = sniffMedia(input.bytes);
  if (input.bytes.length > limitOf[found.kind]) throw fileTooLargeError(found.kind);
  if (input.declaredMimeType !== found.mimeType) {
    throw unsupported(`The file was sent as ${input.declaredMimeType || 'an unknown type'} but its content is ${found.mimeType}`);
  }
  return found;
}

/** Checks the bytes are one accepted type (by content, not by claim) with a readable header. */
function inspectMedia(input: UploadMediaInput): InspectedMedia {
  if (input.bytes.length === 0) throw AppError.invalid([{ field: 'file', message: 'The file is empty' }]);
  if (input.bytes.length > MAX_UPLOAD_BYTES) throw truncatedUploadError(input.bytes);
  const found = sniff(input);
  if (found.kind === 'image') {
    const dimensions = readImageDimensions(input.bytes, found.mimeType);
    if (!dimensions) throw damaged('image');
    return { ...found, ...dimensions, durationMs: null };
  }
  const metadata = readVideoMetadata(input.bytes, found.mimeType);
  if (!metadata) throw damaged('video');
  return { ...found, ...metadata };
}

/**
 * Stores an uploaded image or video for the actor's organization (logos, post graphics, the media
 * library). Everything is checked before anything is written; the asset and its audit row are
 * written together.
 */
export async function uploadMedia(deps: Pick<CoreDeps, 'uow'>, actor: Actor, input: UploadMediaInput): Promise<MediaAssetRecord> {
  assertCan(actor.role, 'media.upload');
  const media = inspectMedia(input);
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
  return deps.uow.transaction(async (repos) => {
    const stored = await repos.media.create(
      {
        organizationId: actor.organizationId,
        uploadedByUserId: actor.userId,
        kind: media.kind,
        mimeType: media.mimeType,
        sizeBytes: input.bytes.length,
        width: media.width,
        height: media.height,
        durationMs: media.durationMs,
        sha256,
        originalName: input.originalName?.slice(0, MAX_NAME_LENGTH) || null,
      },
      input.bytes,
    );
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'media.uploaded',
      entityType: 'media',
      entityId: stored.id,
      after: {
        kind: stored.kind,
        mimeType: stored.mimeType,
        sizeBytes: stored.sizeBytes,
        width: stored.width,
        height: stored.height,
        durationMs: stored.durationMs,
        sha256,
        originalName: stored.originalName,
      },
    });
    return stored;
  });
}

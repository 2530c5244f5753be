import crypto from 'node:crypto';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import { readImageDimensions } from './image-dimensions';
import { MAX_UPLOAD_BYTES, type MediaAssetRecord } from './media-asset';
import { isAcceptedImageType, sniffImageType } from './sniff-image-type';

/** One uploaded file, already read into memory by the HTTP layer (at most MAX_UPLOAD_BYTES). */
export interface UploadMediaInput {
  bytes: Buffer;
  /** What the client said the file is; only accepted when the bytes agree. */
  declaredMimeType: string;
  originalName: string | null;
}

const MAX_NAME_LENGTH = 255;

/** The answer for a file over the limit; the HTTP layer also uses it when it cut a stream short. */
export function fileTooLargeError(): AppError {
  const limitMiB = MAX_UPLOAD_BYTES / (1024 * 1024);
  return new AppError('PAYLOAD_TOO_LARGE', {
    message: `File exceeds ${MAX_UPLOAD_BYTES} bytes`,
    userMessage: `The file is too large: the limit is ${limitMiB} MiB.`,
    details: { issues: [{ field: 'file', message: `At most ${limitMiB} MiB` }] },
  });
}

function unsupported(message: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', {
    message,
    userMessage: 'Upload a PNG, JPEG, WebP or GIF image.',
    details: { issues: [{ field: 'file', message }] },
  });
}

/** Checks the bytes are one accepted image type (by content, not by claim) with a readable size. */
function inspectImage(input: UploadMediaInput) {
  if (input.bytes.length === 0) throw AppError.invalid([{ field: 'file', message: 'The file is empty' }]);
  if (input.bytes.length > MAX_UPLOAD_BYTES) throw fileTooLargeError();
  const mimeType = sniffImageType(input.bytes);
  if (!mimeType) throw unsupported('The file is not a PNG, JPEG, WebP or GIF image');
  if (!isAcceptedImageType(input.declaredMimeType) || input.declaredMimeType !== mimeType) {
    throw unsupported(`The file was sent as ${input.declaredMimeType} but its content is ${mimeType}`);
  }
  const dimensions = readImageDimensions(input.bytes, mimeType);
  if (!dimensions) throw AppError.invalid([{ field: 'file', message: 'The image header is damaged' }], 'This image could not be read.');
  return { mimeType, ...dimensions };
}

/**
 * Stores an uploaded image for the actor's organization (logos, post graphics). Everything is
 * checked before anything is written; the asset and its audit row are written together.
 */
export async function uploadMedia(deps: Pick<CoreDeps, 'uow'>, actor: Actor, input: UploadMediaInput): Promise<MediaAssetRecord> {
  assertCan(actor.role, 'media.upload');
  const image = inspectImage(input);
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
  return deps.uow.transaction(async (repos) => {
    const media = await repos.media.create(
      {
        organizationId: actor.organizationId,
        uploadedByUserId: actor.userId,
        kind: 'image',
        mimeType: image.mimeType,
        sizeBytes: input.bytes.length,
        width: image.width,
        height: image.height,
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
      entityId: media.id,
      after: { mimeType: media.mimeType, sizeBytes: media.sizeBytes, width: media.width, height: media.height, sha256, originalName: media.originalName },
    });
    return media;
  });
}

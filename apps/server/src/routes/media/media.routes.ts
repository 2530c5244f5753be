import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '@socialseed/core/errors';
import { readMedia } from '@socialseed/core/media/read-media';
import { fileTooLargeError, uploadMedia, type UploadMediaInput } from '@socialseed/core/media/upload-media';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';
import { mediaResponse, toMediaView } from './media.schema';

const tags = ['media'];

const missingFile = () =>
  AppError.invalid([{ field: 'file', message: 'Send the image as multipart/form-data in a field named "file"' }], 'Choose an image to upload.');

/**
 * Reads the one `file` part of a multipart upload. The multipart plugin stops reading at
 * MAX_UPLOAD_BYTES and marks the stream truncated; that answers 413 instead of storing a cut file.
 */
async function readUploadedFile(request: FastifyRequest): Promise<UploadMediaInput> {
  if (!request.isMultipart()) throw missingFile();
  const part = await request.file({ throwFileSizeLimit: false });
  if (!part || part.fieldname !== 'file') throw missingFile();
  const bytes = await part.toBuffer();
  if (part.file.truncated) throw fileTooLargeError();
  return { bytes, declaredMimeType: part.mimetype, originalName: part.filename || null };
}

/** Image uploads (logos, post graphics) and their bytes, scoped to the request's organization. */
export function mediaRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/',
      { schema: { tags, consumes: ['multipart/form-data'], response: { 201: mediaResponse } } },
      async (request, reply) => {
        const actor = await authorize(context, request, 'media.upload');
        const asset = await uploadMedia(context.core, actor, await readUploadedFile(request));
        return reply.status(201).send({ media: toMediaView(asset) });
      },
    );

    app.get('/:id/content', { schema: { tags, params: idParams } }, async (request, reply) => {
      const actor = await authorize(context, request, 'media.read');
      const { media, bytes } = await readMedia(context.core, actor, request.params.id);
      // An asset never changes once uploaded, so caches may keep it; `private` keeps it out of shared proxies.
      return reply
        .header('content-type', media.mimeType)
        .header('content-length', String(bytes.length))
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    });
  };
}

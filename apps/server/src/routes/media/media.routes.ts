import { updateMedia, updateMediaSchema } from '@socialseed/core/media/update-media';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '@socialseed/core/errors';
import { deleteMedia } from '@socialseed/core/media/delete-media';
import { listMedia, mediaStorageUsage } from '@socialseed/core/media/list-media';
import { optimizeMedia } from '@socialseed/core/media/optimize-media';
import { getMedia, readMedia } from '@socialseed/core/media/read-media';
import { truncatedUploadError, uploadMedia, type UploadMediaInput } from '@socialseed/core/media/upload-media';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams, noContent, paginationQuery } from '../../http/schemas';
import { mediaPage, mediaResponse, optimizeBody, optimizeResponse, storageUsageResponse, toMediaView } from './media.schema';

const tags = ['media'];

const missingFile = () =>
  AppError.invalid([{ field: 'file', message: 'Send the image or video as multipart/form-data in a field named "file"' }], 'Choose an image or video to upload.');

/**
 * Reads the one `file` part of a multipart upload. The multipart plugin stops reading at
 * MAX_UPLOAD_BYTES (the video limit, the larger) and marks the stream truncated; that answers 413
 * with the limit of the type the first bytes show, instead of storing a cut file.
 */
async function readUploadedFile(request: FastifyRequest): Promise<UploadMediaInput> {
  if (!request.isMultipart()) throw missingFile();
  const part = await request.file({ throwFileSizeLimit: false });
  if (!part || part.fieldname !== 'file') throw missingFile();
  const bytes = await part.toBuffer();
  if (part.file.truncated) throw truncatedUploadError(bytes);
  return { bytes, declaredMimeType: part.mimetype, originalName: part.filename || null };
}

/** Image and video uploads (logos, post graphics, the library) and their bytes, scoped to the request's organization. */
export function mediaRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    // `/upload` is the name the product spec gives the endpoint; `/` came first and stays.
    for (const url of ['/', '/upload']) {
      app.post(
        url,
        { schema: { tags, consumes: ['multipart/form-data'], response: { 201: mediaResponse } } },
        async (request, reply) => {
          const actor = await authorize(context, request, 'media.upload');
          const asset = await uploadMedia(context.core, actor, await readUploadedFile(request));
          return reply.status(201).send({ media: toMediaView(asset) });
        },
      );
    }

    app.get('/', { schema: { tags, querystring: paginationQuery, response: { 200: mediaPage } } }, async (request) => {
      const actor = await authorize(context, request, 'media.read');
      const page = await listMedia(context.core, actor, request.query);
      return { ...page, items: page.items.map(toMediaView) };
    });

    app.get('/storage-usage', { schema: { tags, response: { 200: storageUsageResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'media.read');
      return mediaStorageUsage(context.core, actor);
    });

    app.get('/:id', { schema: { tags, params: idParams, response: { 200: mediaResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'media.read');
      return { media: toMediaView(await getMedia(context.core, actor, request.params.id)) };
    });

    app.put('/:id', { schema: { tags, params: idParams, body: updateMediaSchema, response: { 200: mediaResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'media.upload');
      return { media: toMediaView(await updateMedia(context.core, actor, request.params.id, request.body)) };
    });

    app.delete('/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'media.upload');
      await deleteMedia(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });

    app.post(
      '/:id/optimize',
      { schema: { tags, params: idParams, body: optimizeBody, response: { 200: optimizeResponse } } },
      async (request) => {
        const actor = await authorize(context, request, 'media.upload');
        return optimizeMedia(context.core, actor, request.params.id, request.body.platforms);
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

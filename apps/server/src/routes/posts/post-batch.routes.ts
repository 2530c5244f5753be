import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bulkSchedulePosts } from '@socialseed/core/publishing/bulk-schedule-posts';
import { importPosts } from '@socialseed/core/publishing/import-posts';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { readImportCsv } from './import-csv';
import { bulkScheduleBody, bulkScheduleResults, importPostsBody, importResult, MAX_IMPORT_CSV_BYTES } from './posts.schema';

const tags = ['posts'];

/**
 * Room for a full 1 MiB CSV once JSON-escaped (quotes and line breaks double), never below the
 * server-wide limit.
 */
const importBodyLimit = (serverLimit: number) => Math.max(serverLimit, 2 * MAX_IMPORT_CSV_BYTES + 65_536);

/** Acting on many posts at once; each item succeeds or fails on its own. */
export function postBatchRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/bulk-schedule', { schema: { tags, body: bulkScheduleBody, response: { 200: bulkScheduleResults } } }, async (request) => {
      const actor = await authorize(context, request, 'posts.schedule');
      const results = await bulkSchedulePosts(context.core, actor, request.body, (error, postId) => request.log.error({ err: error, postId }, 'bulk schedule item failed'));
      return { results };
    });

    app.post(
      '/import',
      { bodyLimit: importBodyLimit(context.config.BODY_LIMIT_BYTES), schema: { tags, body: importPostsBody, response: { 200: importResult } } },
      async (request) => {
        const actor = await authorize(context, request, 'posts.write');
        const rows = readImportCsv(request.body.csv);
        return importPosts(context.core, actor, { brandId: request.body.brandId, rows }, (error, row) => request.log.error({ err: error, row }, 'import row failed'));
      },
    );
  };
}

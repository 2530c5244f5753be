import { and, eq } from 'drizzle-orm';
import type { MediaRepository } from '@socialseed/core/ports/repositories';
import type { MediaAssetRecord } from '@socialseed/core/media/media-asset';
import type { Executor } from '../client';
import { mediaAssets, mediaBlobs } from '../schema/index';

function toRecord(row: typeof mediaAssets.$inferSelect): MediaAssetRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    uploadedByUserId: row.uploadedByUserId ?? '',
    kind: row.kind,
    mimeType: row.mimeType as MediaAssetRecord['mimeType'],
    sizeBytes: row.sizeBytes,
    width: row.width,
    height: row.height,
    sha256: row.sha256,
    originalName: row.originalName,
    createdAt: row.createdAt,
  };
}

export function createMediaRepository(db: Executor): MediaRepository {
  return {
    async create(input, bytes) {
      const [row] = await db.insert(mediaAssets).values(input).returning();
      if (!row) throw new Error('insert into media_assets returned no row');
      await db.insert(mediaBlobs).values({ mediaId: row.id, bytes });
      return toRecord(row);
    },
    async findById(organizationId, id) {
      const [row] = await db
        .select()
        .from(mediaAssets)
        .where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id)));
      return row ? toRecord(row) : null;
    },
    async readBytes(organizationId, id) {
      const [row] = await db
        .select({ bytes: mediaBlobs.bytes })
        .from(mediaBlobs)
        .innerJoin(mediaAssets, eq(mediaAssets.id, mediaBlobs.mediaId))
        .where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id)));
      return row?.bytes ?? null;
    },
  };
}

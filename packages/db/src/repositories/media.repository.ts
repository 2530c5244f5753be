import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, notInArray, or, sql, sum } from 'drizzle-orm';
import type { MediaRepository } from '@socialseed/core/ports/repositories';
import { mediaObjectKey, type BlobStore } from '@socialseed/core/ports/blob-store';
import type { MediaAssetRecord, MediaUse } from '@socialseed/core/media/media-asset';
import type { Executor } from '../client';
import { brands, mediaAssets, mediaBlobs, posts, postTargets } from '../schema/index';
import { countOf, offset, toPage } from './page';

/** Posts in these states are done with their media: nothing will read it again to deliver. */
const finishedPostStatuses = ['published', 'cancelled'] as const;

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
    durationMs: row.durationMs,
    sha256: row.sha256,
    originalName: row.originalName,
    altText: row.altText,
    createdAt: row.createdAt,
  };
}

/** An asset recorded as in S3 while no bucket is configured: reading it cannot succeed. */
function missingStore(id: string): Error {
  return new Error(`media ${id} is stored in S3, but MEDIA_S3_* is not configured`);
}

/**
 * Media metadata always lives in PostgreSQL. Bytes of new uploads go to `blobs` when a bucket is
 * configured, otherwise to media_blobs; reads and deletes follow each asset's recorded `storage`,
 * so assets stored before a bucket was configured keep working.
 */
export function createMediaRepository(db: Executor, blobs: BlobStore | null = null): MediaRepository {
  return {
    async updateAltText(organizationId, id, altText) {
      const [row] = await db.update(mediaAssets).set({ altText }).where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id))).returning();
      return row ? toRecord(row) : null;
    },
    async create(input, bytes) {
      if (!blobs) {
        const [row] = await db.insert(mediaAssets).values(input).returning();
        if (!row) throw new Error('insert into media_assets returned no row');
        await db.insert(mediaBlobs).values({ mediaId: row.id, bytes });
        return toRecord(row);
      }
      // The object goes first: a row must never point at bytes that were not stored.
      const id = randomUUID();
      const key = mediaObjectKey(input.organizationId, id);
      await blobs.put(key, bytes, input.mimeType);
      try {
        const [row] = await db.insert(mediaAssets).values({ ...input, id, storage: 's3' }).returning();
        if (!row) throw new Error('insert into media_assets returned no row');
        return toRecord(row);
      } catch (error) {
        await blobs.delete(key).catch(() => undefined);
        throw error;
      }
    },
    async findById(organizationId, id, lock) {
      const query = db
        .select()
        .from(mediaAssets)
        .where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id)));
      const [row] = lock ? await query.for(lock) : await query;
      return row ? toRecord(row) : null;
    },
    async readBytes(organizationId, id) {
      const [row] = await db
        .select({ storage: mediaAssets.storage, bytes: mediaBlobs.bytes })
        .from(mediaAssets)
        .leftJoin(mediaBlobs, eq(mediaAssets.id, mediaBlobs.mediaId))
        .where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id)));
      if (!row) return null;
      if (row.storage === 'database') return row.bytes;
      if (!blobs) throw missingStore(id);
      return blobs.get(mediaObjectKey(organizationId, id));
    },
    async list(organizationId, pagination) {
      const rows = await db
        .select()
        .from(mediaAssets)
        .where(eq(mediaAssets.organizationId, organizationId))
        .orderBy(desc(mediaAssets.createdAt), desc(mediaAssets.id))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(mediaAssets).where(eq(mediaAssets.organizationId, organizationId));
      return toPage(rows.map(toRecord), countOf(total), pagination);
    },
    async usage(organizationId) {
      const [row] = await db
        .select({ bytes: sum(mediaAssets.sizeBytes), count: count() })
        .from(mediaAssets)
        .where(eq(mediaAssets.organizationId, organizationId));
      // sum() of a bigint is a numeric string, and null for no rows.
      return { bytes: Number(row?.bytes ?? 0), count: Number(row?.count ?? 0) };
    },
    async findUses(organizationId, id) {
      const logoOf = await db
        .select({ id: brands.id, name: brands.name })
        .from(brands)
        .where(and(eq(brands.organizationId, organizationId), eq(brands.logoMediaId, id)));
      // media_ids are JSON arrays of ids; containment (@>) finds the id in the post's or any target's list.
      const containsId = JSON.stringify([id]);
      const targetUses = db
        .select({ postId: postTargets.postId })
        .from(postTargets)
        .where(and(eq(postTargets.organizationId, organizationId), sql`${postTargets.mediaIds} @> ${containsId}::jsonb`));
      const postRows = await db
        .select({ id: posts.id, status: posts.status })
        .from(posts)
        .where(
          and(
            eq(posts.organizationId, organizationId),
            notInArray(posts.status, [...finishedPostStatuses]),
            or(sql`${posts.mediaIds} @> ${containsId}::jsonb`, sql`${posts.id} in (${targetUses})`),
          ),
        )
        .orderBy(desc(posts.createdAt), desc(posts.id));
      const uses: MediaUse[] = [
        ...logoOf.map((brand): MediaUse => ({ kind: 'brand_logo', id: brand.id, label: brand.name })),
        ...postRows.map((post): MediaUse => ({ kind: 'post', id: post.id, label: post.status })),
      ];
      return uses;
    },
    async delete(organizationId, id) {
      // media_blobs goes with it (ON DELETE CASCADE).
      const [removed] = await db
        .delete(mediaAssets)
        .where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id)))
        .returning({ storage: mediaAssets.storage });
      if (!removed) return false;
      if (removed.storage === 's3') {
        // Throwing rolls the row's deletion back in a transaction, rather than leaving an object nobody can find.
        if (!blobs) throw missingStore(id);
        await blobs.delete(mediaObjectKey(organizationId, id));
      }
      return true;
    },
  };
}

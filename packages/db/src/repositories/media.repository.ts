import { and, count, desc, eq, notInArray, or, sql, sum } from 'drizzle-orm';
import type { MediaRepository } from '@socialseed/core/ports/repositories';
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
    sha256: row.sha256,
    originalName: row.originalName,
    altText: row.altText,
    createdAt: row.createdAt,
  };
}

export function createMediaRepository(db: Executor): MediaRepository {
  return {
    async updateAltText(organizationId, id, altText) {
      const [row] = await db.update(mediaAssets).set({ altText }).where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id))).returning();
      return row ? toRecord(row) : null;
    },
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
      const removed = await db
        .delete(mediaAssets)
        .where(and(eq(mediaAssets.organizationId, organizationId), eq(mediaAssets.id, id)))
        .returning({ id: mediaAssets.id });
      return removed.length > 0;
    },
  };
}

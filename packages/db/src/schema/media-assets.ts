import { bigint, customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { organizations } from './organizations';
import { users } from './users';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const mediaAssets = pgTable(
  'media_assets',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['image', 'video'] }).notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    width: integer('width'),
    height: integer('height'),
    /** A video's length in milliseconds; null for images, and for videos whose container does not say. */
    durationMs: integer('duration_ms'),
    sha256: text('sha256').notNull(),
    originalName: text('original_name'),
    /** What the image shows, for people who cannot see it; sent to platforms as alt text. */
    altText: text('alt_text'),
    /**
     * Where the bytes live: `database` keeps them in media_blobs so every machine can serve them;
     * `s3` keeps them in the configured bucket under `media/<organizationId>/<id>`.
     */
    storage: text('storage', { enum: ['database', 's3'] }).notNull().default('database'),
    createdAt: createdAt(),
  },
  (table) => [index('media_assets_org_idx').on(table.organizationId, table.createdAt)],
);

export const mediaBlobs = pgTable('media_blobs', {
  mediaId: uuid('media_id').primaryKey().references(() => mediaAssets.id, { onDelete: 'cascade' }),
  bytes: bytea('bytes').notNull(),
});

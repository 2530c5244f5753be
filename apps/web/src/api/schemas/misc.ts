import { z } from 'zod';

export const deviceSessionSchema = z.object({
  id: z.string(),
  device: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string(),
  current: z.boolean(),
});
export type DeviceSession = z.infer<typeof deviceSessionSchema>;

export const mediaSchema = z.object({
  media: z.object({
    id: z.string(),
    kind: z.enum(['image', 'video']),
    mimeType: z.string(),
    sizeBytes: z.number(),
    /** A video's length; null for images and for videos that do not say (WebM). */
    durationMs: z.number().nullable().default(null),
    url: z.string(),
    altText: z.string().nullable().default(null),
  }),
});
export type Media = z.infer<typeof mediaSchema>['media'];

export const auditLogEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  oldValues: z.unknown(),
  newValues: z.unknown(),
  createdAt: z.string(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;

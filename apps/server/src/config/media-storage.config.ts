import { z } from 'zod';

/**
 * S3-compatible media storage (docs/configuration.md, "Media storage"). Unset, uploads' bytes
 * stay in PostgreSQL; set, new uploads go to the bucket. The four required variables come as a
 * set: a partial set is a configuration error naming what is missing.
 */
export const mediaStorageConfigShape = {
  /** S3-compatible endpoint, e.g. https://s3.eu-west-1.amazonaws.com or http://minio:9000; addressed path-style. */
  MEDIA_S3_ENDPOINT: z.url().optional(),
  /** Bucket that receives new uploads (object keys `media/<organizationId>/<mediaId>`). */
  MEDIA_S3_BUCKET: z.string().min(1).optional(),
  /** Access key id of the credentials that may put, get and delete objects in the bucket. */
  MEDIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  /** Its secret access key. */
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Signing region; most non-AWS stores accept the default (R2 wants `auto`). */
  MEDIA_S3_REGION: z.string().min(1).default('us-east-1'),
};

const required = ['MEDIA_S3_ENDPOINT', 'MEDIA_S3_BUCKET', 'MEDIA_S3_ACCESS_KEY_ID', 'MEDIA_S3_SECRET_ACCESS_KEY'] as const;

/** One problem per missing variable when some but not all of the required four are set. */
export function mediaStorageProblems(present: Record<string, unknown>): string[] {
  const set = required.filter((name) => present[name] !== undefined);
  if (set.length === 0 || set.length === required.length) return [];
  return required.filter((name) => present[name] === undefined).map((name) => `${name}: Required when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set (S3 media storage needs all four)`);
}

export interface MediaS3Settings {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

/** The bucket's settings, or null when media stays in PostgreSQL. */
export function mediaS3Settings(config: z.infer<z.ZodObject<typeof mediaStorageConfigShape>>): MediaS3Settings | null {
  const { MEDIA_S3_ENDPOINT: endpoint, MEDIA_S3_BUCKET: bucket, MEDIA_S3_ACCESS_KEY_ID: accessKeyId, MEDIA_S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) return null;
  return { endpoint, bucket, accessKeyId, secretAccessKey, region: config.MEDIA_S3_REGION };
}

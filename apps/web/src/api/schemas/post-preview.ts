import { z } from 'zod';
import { platformSchema } from './social-account.ts';

/** A rule the content breaks on one network, named by the field it concerns (`text`, `mediaIds.1`). */
export const contentIssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().nullish(),
});
export type ContentIssue = z.infer<typeof contentIssueSchema>;

/** One post as the network will receive it; a thread has several, numbered in their text. */
export const previewPartSchema = z.object({
  text: z.string(),
  length: z.number(),
  limit: z.number(),
});

/** What one account of a saved post will be sent: its effective text split into parts, and its media. */
export const targetPreviewSchema = z.object({
  targetId: z.string(),
  accountId: z.string(),
  platform: platformSchema,
  handle: z.string(),
  parts: z.array(previewPartSchema),
  mediaIds: z.array(z.string()),
  valid: z.boolean(),
  issues: z.array(contentIssueSchema),
});
export type TargetPreview = z.infer<typeof targetPreviewSchema>;

/** `GET /posts/:id/preview`. */
export const postPreviewSchema = z.object({ previews: z.array(targetPreviewSchema) });

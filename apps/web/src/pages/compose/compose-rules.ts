import { z } from 'zod';
import { priorities, type PostStatus } from '../../api/schemas/post.ts';
import type { Platform } from '../../api/schemas/social-account.ts';
import { requiredText } from '../../forms/common-schemas.ts';

/** The API's cap on attachments (images and videos) per post. */
export const maxMediaPerPost = 10;

/** Networks that can carry a long text as a chain of replies. */
export const threadPlatforms: readonly Platform[] = ['x', 'bluesky', 'mastodon'];

/** Limits mirror the API's post schema, checked early to save a round trip. */
const text = z.string().max(25_000, 'Keep the text under 25,000 characters.');

const override = z.object({
  accountId: z.string(),
  text: text.nullable(),
  mediaIds: z.array(z.string()).nullable(),
  asThread: z.boolean(),
});

export const composeSchema = z.object({
  brandId: requiredText('Choose a brand.'),
  text,
  mediaIds: z.array(z.string()).max(maxMediaPerPost, `Attach at most ${maxMediaPerPost} images or videos.`),
  overrides: z.array(override).optional(),
  tags: z.array(z.string().max(40, 'Keep each tag under 40 characters.')).max(20, 'Add at most 20 tags.'),
  accountIds: z.array(z.string()),
  priority: z.enum(priorities),
});

/** Sending for approval also needs something to publish (the server says the same). */
export const submitSchema = composeSchema.extend({ text: text.refine((value) => value.trim() !== '', 'Write the text of the post.') });

/** Statuses in which the server accepts edits. */
export const editableStatuses: readonly PostStatus[] = ['draft', 'pending_approval', 'approved', 'rejected'];
/** Statuses from which a post can be (re)scheduled or published now. */
export const schedulableStatuses: readonly PostStatus[] = ['approved', 'scheduled'];
/** Statuses from which a post can be sent for approval. */
export const submittableStatuses: readonly PostStatus[] = ['draft', 'rejected'];

export const composeFields = ['brandId', 'text', 'mediaIds', 'tags', 'accountIds', 'priority', 'overrides'];

export const priorityOptions = [
  { value: 'normal', label: 'Normal' },
  { value: 'urgent', label: 'Urgent' },
  { value: 'low', label: 'Low' },
];

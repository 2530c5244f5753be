import { z } from 'zod';
import { priorities, type PostStatus } from '../../api/schemas/post.ts';
import { requiredText } from '../../forms/common-schemas.ts';

/** Limits mirror the API's post schema, checked early to save a round trip. */
const text = z.string().max(25_000, 'Keep the text under 25,000 characters.');

export const composeSchema = z.object({
  brandId: requiredText('Choose a brand.'),
  text,
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

export const composeFields = ['brandId', 'text', 'tags', 'accountIds', 'priority'];

export const priorityOptions = [
  { value: 'normal', label: 'Normal' },
  { value: 'urgent', label: 'Urgent' },
  { value: 'low', label: 'Low' },
];

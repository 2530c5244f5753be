import { z } from 'zod';

/** GET /v0/topstories.json: up to 500 item ids, best first. */
export const hnTopStoriesSchema = z.array(z.number().int().positive());

/** GET /v0/item/{id}.json; `null` for an id that does not exist. Deleted items keep only id/type/time. */
export const hnItemSchema = z
  .object({
    id: z.number(),
    type: z.string().optional(),
    deleted: z.boolean().optional(),
    dead: z.boolean().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    text: z.string().optional(),
    score: z.number().optional(),
    descendants: z.number().optional(),
    time: z.number().optional(),
    by: z.string().optional(),
  })
  .nullable();
export type HnItem = NonNullable<z.infer<typeof hnItemSchema>>;

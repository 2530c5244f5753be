import { z } from 'zod';
import { weekdays } from '../../../api/schemas/brand.ts';

/** Turns the Schedule form (text and checkbox strings) into the API's `preferences` shape. */
export const scheduleSchema = z.object({
  preferences: z.object({
    postsPerWeek: z.coerce
      .number({ error: 'Enter a number of posts.' })
      .int('Use a whole number.')
      .min(1, 'Post at least once a week.')
      .max(100, 'Keep it to 100 posts a week or fewer.'),
    // No days or hours chosen means "any time": the scheduler then picks freely.
    preferredDays: z.array(z.enum(weekdays)),
    preferredHours: z.array(z.coerce.number().int().min(0).max(23)),
    timeZone: z.string().min(1, 'Choose a time zone.'),
  }),
});

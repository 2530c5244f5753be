import { z } from 'zod';

/** The per-brand learner (docs/configuration.md, "Learning"). */
export const learningConfigShape = {
  /** Share of suggestions that explore a different tone, format or slot (the seed's ε). */
  LEARNING_EPSILON: z.coerce.number().min(0).max(1).default(0.15),
  /** Learning rate α of the tabular Q-update Q(s,a) ← Q(s,a) + α[r − Q(s,a)]. */
  LEARNING_ALPHA: z.coerce.number().gt(0).max(1).default(0.1),
  /** Days of rewards each retrain uses. */
  LEARNING_WINDOW_DAYS: z.coerce.number().int().min(7).max(365).default(30),
  /** When brands are checked for their weekly retrain (Sunday 00:00 in each brand's time zone); hourly by default. */
  LEARNING_SCHEDULE_CRON: z.string().regex(/^(\S+\s+){4}\S+$/, 'Five cron fields, e.g. 5 * * * *').default('5 * * * *'),
};

import { z } from 'zod';

/** Empty means "no limit" (null); otherwise a non-negative number, checked before the round trip. */
const optionalLimit = (message: string, integer: boolean) =>
  z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === '') return null;
      const parsed = Number(value);
      if (!Number.isFinite(parsed) || parsed < 0 || (integer && !Number.isInteger(parsed))) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return parsed;
    });

export const aiSettingsFormSchema = z.object({
  autoApproveThreshold: z
    .string()
    .trim()
    .transform((value, context) => {
      const parsed = Number(value);
      if (value === '' || !Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
        context.addIssue({ code: 'custom', message: 'Enter a score between 0 and 1, e.g. 0.9.' });
        return z.NEVER;
      }
      return parsed;
    }),
  monthlyBudgetUsd: optionalLimit('Enter an amount in US dollars, or leave it empty for no limit.', false),
  monthlyTokenBudget: optionalLimit('Enter a whole number of tokens, or leave it empty for no limit.', true),
});

export type AiSettingsFormValues = z.input<typeof aiSettingsFormSchema>;

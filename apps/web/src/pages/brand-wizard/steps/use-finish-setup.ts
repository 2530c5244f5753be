import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../../api/api-error.ts';
import { activateBrand, updateBrand } from '../../../api/brands.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import type { Brand } from '../../../api/schemas/brand.ts';
import { lastStep } from '../wizard-steps.ts';
import type { scheduleSchema } from './schedule-schema.ts';

/**
 * Saves the schedule and, for a draft, activates the brand. Activation is where the server
 * checks the whole brand, so its errors may name fields from earlier steps.
 */
export function useFinishSetup(brand: Brand, onFinished: (brand: Brand) => void) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async (values: z.output<typeof scheduleSchema>) => {
      const saved = await updateBrand(brand.id, { ...values, onboardingStep: lastStep });
      queryClient.setQueryData(queryKeys.brand(saved.id), saved);
      return saved.status === 'draft' ? activateBrand(saved.id) : saved;
    },
    onSuccess: (finished) => {
      queryClient.setQueryData(queryKeys.brand(finished.id), finished);
      void queryClient.invalidateQueries({ queryKey: queryKeys.brands, exact: true });
      onFinished(finished);
    },
  });
  return { ...mutation, fieldErrors: fieldErrorsOf(mutation.error) };
}

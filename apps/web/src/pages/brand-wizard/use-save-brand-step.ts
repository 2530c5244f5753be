import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateBrand } from '../../api/brands.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Brand, BrandUpdate } from '../../api/schemas/brand.ts';
import { lastStep } from './wizard-steps.ts';

/**
 * Saves one step's fields together with the step to resume at, so a person can close the
 * tab and continue later, on any device, exactly where they stopped.
 */
export function useSaveBrandStep(brandId: string, step: number, onSaved: (brand: Brand) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: BrandUpdate) => updateBrand(brandId, { ...changes, onboardingStep: Math.min(step + 1, lastStep) }),
    onSuccess: (brand) => {
      queryClient.setQueryData(queryKeys.brand(brand.id), brand);
      void queryClient.invalidateQueries({ queryKey: queryKeys.brands, exact: true });
      onSaved(brand);
    },
  });
}

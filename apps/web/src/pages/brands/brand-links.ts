import type { Brand } from '../../api/schemas/brand.ts';
import { clampStep } from '../brand-wizard/wizard-steps.ts';

/** Where a brand's "Resume setup" or "Edit" leads: drafts resume at the step they saved. */
export function brandSetupPath(brand: Brand): string {
  const step = brand.status === 'draft' ? clampStep(brand.onboardingStep) : 1;
  return `/brands/${encodeURIComponent(brand.id)}/setup?step=${step}`;
}

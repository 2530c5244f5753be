import type { Brand } from '../../api/schemas/brand.ts';

/** What every step after Basics receives from the wizard. */
export interface StepProps {
  brand: Brand;
  step: number;
  onSaved: (brand: Brand) => void;
  onBack: () => void;
}

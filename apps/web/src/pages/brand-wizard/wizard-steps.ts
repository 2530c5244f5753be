/** The onboarding steps in order; a brand's `onboardingStep` is the number to resume at. */
export const wizardSteps = [
  { number: 1, title: 'Basics', fields: ['name', 'industry'] },
  { number: 2, title: 'Look', fields: ['logoMediaId', 'colors'] },
  { number: 3, title: 'Messaging', fields: ['pillars', 'tone'] },
  { number: 4, title: 'Audience', fields: ['audience'] },
  { number: 5, title: 'Voice', fields: ['voiceSamples'] },
  { number: 6, title: 'Schedule', fields: ['preferences'] },
] as const;

export const lastStep = wizardSteps.length;

/** Keeps a step from the URL or the server inside 1…last (drafts may start at 0 or be missing it). */
export function clampStep(step: number | null | undefined): number {
  if (!step || !Number.isInteger(step) || step < 1) return 1;
  return Math.min(step, lastStep);
}

/** How each brand field is called on screen, for errors that name a field of another step. */
const fieldLabels: Record<string, string> = {
  name: 'Brand name',
  industry: 'Industry',
  onboardingStep: 'Setup progress',
  logoMediaId: 'Logo',
  colors: 'Colours',
  pillars: 'Content pillars',
  tone: 'Tone',
  audience: 'Audience',
  voiceSamples: 'Voice samples',
  preferences: 'Schedule',
};

export function brandFieldLabel(field: string): string {
  return fieldLabels[field.split('.')[0] ?? ''] ?? field;
}

/**
 * Steps before the one a draft resumes at have been saved; an active brand has them all.
 * Used to mark finished steps, which may differ from "steps before the current one".
 */
export function completedThrough(brand: { status: string; onboardingStep?: number | null | undefined } | undefined): number {
  if (!brand) return 0;
  return brand.status === 'active' ? lastStep : clampStep(brand.onboardingStep) - 1;
}

/** The step where a brand field is edited, so an activation error can point there. */
export function stepOfField(field: string): (typeof wizardSteps)[number] | undefined {
  const topLevel = field.split('.')[0];
  return wizardSteps.find((step) => (step.fields as readonly string[]).includes(topLevel ?? ''));
}

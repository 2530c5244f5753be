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

/** The step where a brand field is edited, so an activation error can point there. */
export function stepOfField(field: string): (typeof wizardSteps)[number] | undefined {
  const topLevel = field.split('.')[0];
  return wizardSteps.find((step) => (step.fields as readonly string[]).includes(topLevel ?? ''));
}

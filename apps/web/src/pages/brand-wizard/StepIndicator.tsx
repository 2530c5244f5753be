import { wizardSteps } from './wizard-steps.ts';

/** Where the person is in the wizard; the current step is marked for assistive technology too. */
export function StepIndicator({ current, completed }: { current: number; completed: number }) {
  return (
    <nav aria-label="Setup progress" className="mb-6">
      <ol className="flex flex-wrap gap-2">
        {wizardSteps.map((step) => {
          const state = step.number === current ? 'current' : step.number <= completed ? 'done' : 'upcoming';
          const tone = {
            done: 'border-accent-600 bg-accent-50 text-accent-800',
            current: 'border-accent-700 bg-accent-700 text-white',
            upcoming: 'border-neutral-300 bg-white text-neutral-600',
          }[state];
          return (
            <li key={step.number} aria-current={state === 'current' ? 'step' : undefined} className={`flex items-center gap-2 rounded-full border px-3 py-1 text-xs font-medium ${tone}`}>
              <span aria-hidden="true">{state === 'done' ? '✓' : step.number}</span>
              <span>
                <span className="sr-only">Step {step.number}: </span>
                {step.title}
                {state === 'done' && <span className="sr-only"> (done)</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

import type { StepProps } from './step-props.ts';
import { AudienceStep } from './steps/AudienceStep.tsx';
import { BasicsStep } from './steps/BasicsStep.tsx';
import { LookStep } from './steps/LookStep.tsx';
import { MessagingStep } from './steps/MessagingStep.tsx';
import { ScheduleStep } from './steps/ScheduleStep.tsx';
import { VoiceStep } from './steps/VoiceStep.tsx';

/** Picks the form of the current step for an existing brand. */
export function StepContent(props: StepProps) {
  switch (props.step) {
    case 1:
      return <BasicsStep brand={props.brand} onSaved={props.onSaved} />;
    case 2:
      return <LookStep {...props} />;
    case 3:
      return <MessagingStep {...props} />;
    case 4:
      return <AudienceStep {...props} />;
    case 5:
      return <VoiceStep {...props} />;
    default:
      return <ScheduleStep {...props} />;
  }
}

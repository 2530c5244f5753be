import { Link } from 'react-router';
import { brandFieldLabel, stepOfField } from './wizard-steps.ts';

/** Names a brand field in an error list and links to the step that edits it. */
export function BrandFieldName({ brandId, field }: { brandId: string | undefined; field: string }) {
  const step = stepOfField(field);
  if (!step || !brandId) return <>{brandFieldLabel(field)}</>;
  return (
    <Link to={`/brands/${encodeURIComponent(brandId)}/setup?step=${step.number}`} className="underline underline-offset-2">
      {brandFieldLabel(field)} (step {step.number})
    </Link>
  );
}

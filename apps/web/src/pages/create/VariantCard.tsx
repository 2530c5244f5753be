import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { GraphicMaker } from './GraphicMaker.tsx';
import { ImproveMenu } from './ImproveMenu.tsx';
import { QualityBars } from './QualityBars.tsx';
import { SafetyFlags } from './SafetyFlags.tsx';
import { SaveVariant } from './SaveVariant.tsx';
import { isEditedClean } from './safety-state.ts';
import type { StudioVariant } from './studio-variant.ts';
import { VariantTextEditor } from './VariantTextEditor.tsx';

interface VariantCardProps {
  label: string;
  variant: StudioVariant;
  accounts: SocialAccount[];
  regenerating: boolean;
  onChange: (variant: StudioVariant) => void;
  onRegenerate: () => void;
}

/** One generated variant: its text to edit, its scores and flags, and what to do with it. */
export function VariantCard({ label, variant, accounts, regenerating, onChange, onRegenerate }: VariantCardProps) {
  const { generated } = variant;
  const edited = variant.text !== variant.originalText;
  const clean = isEditedClean(generated.safety, variant.originalText, variant.text);
  return (
    <article aria-label={label} className="flex flex-col gap-4 rounded-lg border border-neutral-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-neutral-900">{label}</h2>
        <span className="flex items-center gap-1 text-xs text-neutral-600">
          {generated.tier === 'template' ? <StatusBadge label="template" tone="draft" /> : <StatusBadge label="AI" tone="info" />}
          <span>
            {generated.provider} · {generated.model}
          </span>
        </span>
      </header>
      <VariantTextEditor label={`Text of ${label}`} platform={variant.brief.platform} text={variant.text} onChange={(text) => onChange({ ...variant, text })} />
      {generated.hashtags.length > 0 && (
        <ul aria-label={`Hashtags of ${label}`} className="flex flex-wrap gap-1 text-xs">
          {generated.hashtags.map((tag) => (
            <li key={tag} className="rounded-full bg-neutral-100 px-2 py-0.5 text-neutral-700">
              {tag.startsWith('#') ? tag : `#${tag}`}
            </li>
          ))}
        </ul>
      )}
      <QualityBars quality={generated.quality} label={label} />
      {edited && <p className="text-xs text-neutral-500">Scores are for the generated text; the server scores the edited text again when you save.</p>}
      <SafetyFlags verdict={generated.safety} editedClean={edited && clean} />
      <div className="flex flex-wrap items-start gap-2">
        <Button variant="secondary" busy={regenerating} busyLabel="Regenerating…" onClick={onRegenerate}>
          Regenerate<span className="sr-only"> {label}</span>
        </Button>
      </div>
      <ImproveMenu
        label={label}
        request={{ brandId: variant.brief.brandId, platform: variant.brief.platform, text: variant.text }}
        onImproved={(text) => onChange({ ...variant, text })}
      />
      <GraphicMaker label={label} brandId={variant.brief.brandId} text={variant.text} graphic={variant.graphic} onRendered={(graphic) => onChange({ ...variant, graphic })} />
      <SaveVariant label={label} variant={variant} accounts={accounts} submittable={clean} />
    </article>
  );
}

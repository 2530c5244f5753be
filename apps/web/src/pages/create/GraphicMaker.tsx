import { useMutation } from '@tanstack/react-query';
import { renderGraphic } from '../../api/ai.ts';
import type { GraphicResult } from '../../api/schemas/ai.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { GraphicPreview } from './GraphicPreview.tsx';
import { firstSentence } from './studio-variant.ts';

interface GraphicMakerProps {
  label: string;
  brandId: string;
  text: string;
  graphic: GraphicResult | null;
  onRendered: (graphic: GraphicResult) => void;
}

/** "Make a graphic": a brand card with the variant's first sentence, attached when it is saved. */
export function GraphicMaker({ label, brandId, text, graphic, onRendered }: GraphicMakerProps) {
  const headline = firstSentence(text);
  const mutation = useMutation({
    mutationFn: () => renderGraphic({ brandId, layout: 'card', headline }),
    onSuccess: onRendered,
  });
  return (
    <div className="space-y-2">
      <FormAlert error={mutation.error} />
      {graphic && (
        <figure className="space-y-1">
          {graphic.media.map((media) => (
            <GraphicPreview key={media.id} mediaId={media.id} alt={`Graphic for ${label}: ${headline}`} />
          ))}
          <figcaption className="text-xs text-neutral-600">
            {graphic.tier === 'template' ? 'Template graphic' : 'Stability AI graphic'} · text contrast {graphic.contrast.toFixed(1)}:1 · attached when saved
            {graphic.notice && <span className="block">{graphic.notice}</span>}
          </figcaption>
        </figure>
      )}
      <Button variant="secondary" busy={mutation.isPending} busyLabel="Rendering…" disabled={!headline} onClick={() => mutation.mutate()}>
        {graphic ? 'Make another graphic' : 'Make a graphic'}
        <span className="sr-only"> for {label}</span>
      </Button>
    </div>
  );
}

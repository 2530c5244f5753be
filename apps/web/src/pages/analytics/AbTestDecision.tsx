import type { AbDecision, AbTestDetail } from '../../api/schemas/ab-test.ts';
import { Button } from '../../components/Button.tsx';
import { formatPValue } from './ab-test-labels.ts';

interface AbTestDecisionProps {
  detail: AbTestDetail;
  canDecide: boolean;
  busy: boolean;
  onDecide: (action: AbDecision) => void;
}

/**
 * The verdict in words. Keep is offered only for a significant winner; revert (back to the
 * control, A) whenever the test still runs. A decided test says which post was kept.
 */
export function AbTestDecision({ detail, canDecide, busy, onDecide }: AbTestDecisionProps) {
  const { test, variants, result } = detail;
  const winner = variants.find((variant) => variant.postId === result.winnerPostId);
  const kept = variants.find((variant) => variant.postId === test.decidedPostId);
  const running = test.status === 'running';
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p role="status" className="text-sm text-neutral-800">
        <strong className="font-semibold">{result.message}</strong>
        {!result.significant && result.pValue !== null && <> ({formatPValue(result.pValue)})</>}
        {test.status === 'kept' && kept && <>. Kept variant {kept.label}.</>}
        {test.status === 'reverted' && <>. Reverted to variant A.</>}
      </p>
      {running && canDecide && (
        <div className="flex gap-2">
          {result.significant && winner && (
            <Button busy={busy} onClick={() => onDecide('keep')}>
              Keep variant {winner.label}
            </Button>
          )}
          {winner?.label !== 'A' && (
            <Button variant="secondary" busy={busy} onClick={() => onDecide('revert')}>
              Revert to A
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

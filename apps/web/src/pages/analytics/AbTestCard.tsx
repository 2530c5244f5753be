import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { decideAbTest } from '../../api/ab-tests.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { AbDecision, AbTestDetail } from '../../api/schemas/ab-test.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { AbTestDecision } from './AbTestDecision.tsx';
import { AbVariantsTable } from './AbVariantsTable.tsx';
import { abStatusBadges, formatPercentLevel } from './ab-test-labels.ts';

interface AbTestCardProps {
  brandId: string;
  detail: AbTestDetail;
  canDecide: boolean;
}

/** One test: its variants' figures, the verdict ("No winner yet" or the winner) and keep/revert. */
export function AbTestCard({ brandId, detail, canDecide }: AbTestCardProps) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const { test } = detail;
  const decide = useMutation({
    mutationFn: (action: AbDecision) => decideAbTest(test.id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.abTests(brandId) }),
  });
  const badge = abStatusBadges[test.status] ?? { label: test.status, tone: 'neutral' as const };

  return (
    <article aria-labelledby={titleId} className="space-y-3 rounded-md border border-neutral-200 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={titleId} className="text-sm font-semibold text-neutral-900">
          {test.name}
        </h3>
        <span className="flex items-center gap-2 text-xs text-neutral-600">
          Significance level {formatPercentLevel(test.significanceLevel)}
          <StatusBadge label={badge.label} tone={badge.tone} />
        </span>
      </div>
      <AbVariantsTable variants={detail.variants} result={detail.result} testName={test.name} />
      <AbTestDecision detail={detail} canDecide={canDecide} busy={decide.isPending} onDecide={(action) => decide.mutate(action)} />
      <FormAlert error={decide.error} />
    </article>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getLearnedModel, retrainLearnedModel } from '../../api/learning.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { EmptyPanelState } from './EmptyPanelState.tsx';
import { LearnedModelSummary } from './LearnedModelSummary.tsx';
import { QueryContent } from './QueryContent.tsx';

/**
 * "What the model learned": the brand's trained learner in words — which tone × format pays off,
 * on how much data, and when it was trained — with "Retrain now" for those who may.
 */
export function LearnedModelPanel({ brandId, canRetrain }: { brandId: string; canRetrain: boolean }) {
  const queryClient = useQueryClient();
  const model = useQuery({ queryKey: queryKeys.learnedModel(brandId), queryFn: () => getLearnedModel(brandId) });
  const retrain = useMutation({
    mutationFn: () => retrainLearnedModel(brandId),
    onSuccess: (trained) => {
      queryClient.setQueryData(queryKeys.learnedModel(brandId), trained);
      // The best-time heat map reads the newest model too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.analyticsOfBrand(brandId), predicate: (query) => query.queryKey[2] === 'audience' });
    },
  });
  const retrainButton = canRetrain ? (
    <Button variant="secondary" busy={retrain.isPending} busyLabel="Retraining…" onClick={() => retrain.mutate()}>
      Retrain now
    </Button>
  ) : undefined;

  return (
    <AnalyticsPanel title="What the model learned" description="Trained every Sunday from the brand’s last 30 days of rewarded posts." actions={retrainButton}>
      <div className="space-y-3">
        <FormAlert error={retrain.error} />
        {retrain.isSuccess && <StatusMessage>Retrained on {retrain.data?.sampleSize ?? 0} rewarded posts.</StatusMessage>}
        <QueryContent query={model} loadingLabel="Loading the learned model…">
          {(learned) =>
            learned ? (
              <LearnedModelSummary model={learned} />
            ) : (
              <EmptyPanelState title="Not trained yet.">
                The model trains weekly once the brand has published posts with measured engagement{canRetrain ? '; Retrain now trains it at once' : ''}.
              </EmptyPanelState>
            )
          }
        </QueryContent>
      </div>
    </AnalyticsPanel>
  );
}

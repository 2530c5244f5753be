import type { LearnedModel } from '../../api/schemas/learning.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { relativeTimeOf } from '../../components/relative-time.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatRate, formatReward } from './analytics-format.ts';
import { LearnedArmsTable } from './LearnedArmsTable.tsx';

const kindLabels: Record<LearnedModel['kind'], string> = {
  bandit: 'Contextual bandit (Thompson sampling)',
  q_learning: 'Q-learning',
};

const kindExplanations: Record<LearnedModel['kind'], string> = {
  bandit: 'Works from the first post, starting from what the organization’s other brands and the industry found; Q-learning takes over at 10 rewarded posts.',
  q_learning: 'Learns the value of each tone and format per platform and trend category from the brand’s own rewarded posts.',
};

/** The server's bare "insufficient data" said in full; a longer note is shown as it comes. */
function describeNote(note: string): string {
  if (note.trim().toLowerCase() !== 'insufficient data') return note;
  return 'Fewer than 10 rewarded posts in the last 30 days: the bandit keeps leaning on what similar brands found until there are more.';
}

/** The facts of one trained model: what kind, on how much data, what it found. */
export function LearnedModelSummary({ model }: { model: LearnedModel }) {
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 text-sm">
        <div>
          <dt className="text-xs font-medium text-neutral-600">Model</dt>
          <dd className="font-medium text-neutral-900">{kindLabels[model.kind]}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-neutral-600">Rewarded posts</dt>
          <dd className="font-medium text-neutral-900">{model.sampleSize}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-neutral-600">Average reward</dt>
          <dd className="font-medium text-neutral-900">{formatReward(model.averageReward)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-neutral-600">Trained</dt>
          <dd className="font-medium text-neutral-900">
            <time dateTime={model.trainedAt} title={formatDateTime(model.trainedAt)}>
              {relativeTimeOf(model.trainedAt)}
            </time>
          </dd>
        </div>
      </dl>
      <p className="text-sm text-neutral-600">
        {kindExplanations[model.kind]} Explores a random choice {formatRate(model.epsilon)} of the time. Version {model.version}.
      </p>
      {model.note && (
        <p className="flex items-start gap-2 text-sm text-amber-900">
          <span className="shrink-0">
            <StatusBadge label="Insufficient data" tone="draft" />
          </span>
          <span>{describeNote(model.note)}</span>
        </p>
      )}
      {model.insights.length > 0 && (
        <ul aria-label="Insights" className="list-inside list-disc space-y-1 text-sm text-neutral-800">
          {model.insights.map((insight) => (
            <li key={insight}>{insight}</li>
          ))}
        </ul>
      )}
      {model.topArms.length > 0 ? (
        <LearnedArmsTable arms={model.topArms} />
      ) : (
        <p className="text-sm text-neutral-600">No tone and format has measured posts yet.</p>
      )}
    </div>
  );
}

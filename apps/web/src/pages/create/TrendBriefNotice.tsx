import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import { getTrend } from '../../api/trends.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { TrendSourceList } from '../trends/TrendSourceList.tsx';

interface TrendBriefNoticeProps {
  trendId: string;
  /** Drops the trend and goes back to a plain brief. */
  onClear: () => void;
}

/** Names the trend the studio is writing from, so nobody wonders where the topic comes from. */
export function TrendBriefNotice({ trendId, onClear }: TrendBriefNoticeProps) {
  const trend = useQuery({ queryKey: queryKeys.trend(trendId), queryFn: () => getTrend(trendId) });
  return (
    <section aria-label="Trend" className="space-y-2 rounded-md border border-accent-100 bg-accent-50 p-4 text-sm text-accent-800">
      {trend.isError && <FormAlert error={trend.error} />}
      <p className="font-semibold">
        Writing from trend: {trend.data ? trend.data.title : trend.isPending ? 'loading…' : 'unavailable (it may have expired)'}
      </p>
      {trend.data && (
        <>
          {trend.data.summary && <p className="text-accent-800">{trend.data.summary}</p>}
          <TrendSourceList sources={trend.data.sources} trendTitle={trend.data.title} />
        </>
      )}
      <p className="text-accent-800">
        The trend’s headline, summary and links go into the brief. Leave the idea empty to write about the headline, or type an angle to take on it.{' '}
        <button type="button" onClick={onClear} className="font-medium underline underline-offset-2">
          Write without the trend
        </button>
      </p>
    </section>
  );
}

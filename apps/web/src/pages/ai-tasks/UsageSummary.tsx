import { useQuery } from '@tanstack/react-query';
import { getAiUsage } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { currentMonthWindow, formatCount, formatUsd } from './task-format.ts';

/** What each provider and model cost this month; the template writer appears at no cost. */
export function UsageSummary() {
  const window = currentMonthWindow();
  const usage = useQuery({ queryKey: queryKeys.aiUsage(window.from, window.to), queryFn: () => getAiUsage(window) });
  if (usage.isPending) return <LoadingState label="Loading usage…" />;
  if (usage.isError) return <FormAlert error={usage.error} />;
  const rows = usage.data.byProvider;
  const total = rows.reduce((sum, row) => sum + row.costUsd, 0);
  if (rows.length === 0) return <p className="text-sm text-neutral-600">No AI tasks in {window.label} yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Cost per provider in {window.label}</caption>
        <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-500">
          <tr>
            <th scope="col" className="py-2 pr-4">Provider</th>
            <th scope="col" className="py-2 pr-4">Model</th>
            <th scope="col" className="py-2 pr-4 text-right">Tasks</th>
            <th scope="col" className="py-2 pr-4 text-right">Failed</th>
            <th scope="col" className="py-2 pr-4 text-right">Tokens in / out</th>
            <th scope="col" className="py-2 text-right">Cost</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {rows.map((row) => (
            <tr key={`${row.provider}-${row.model}`}>
              <th scope="row" className="py-2 pr-4 font-medium">{row.provider}</th>
              <td className="py-2 pr-4 text-neutral-600">{row.model}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(row.tasks)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(row.failed)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">
                {formatCount(row.tokensIn)} / {formatCount(row.tokensOut)}
              </td>
              <td className="py-2 text-right tabular-nums">{formatUsd(row.costUsd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-neutral-200 font-medium">
          <tr>
            <th scope="row" colSpan={5} className="py-2 pr-4">Total for {window.label}</th>
            <td className="py-2 text-right tabular-nums">{formatUsd(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

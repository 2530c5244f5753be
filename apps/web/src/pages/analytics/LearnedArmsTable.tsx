import type { LearnedArm } from '../../api/schemas/learning.ts';
import { formatName, formatRatio, formatReward, toneName } from './analytics-format.ts';

/** The tone × format combinations that earned the most, against the brand's average reward. */
export function LearnedArmsTable({ arms }: { arms: readonly LearnedArm[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left text-sm font-medium text-neutral-800">Best tone and format combinations</caption>
      <thead className="border-b border-neutral-200 text-xs text-neutral-600">
        <tr>
          <th scope="col" className="py-2 pr-3 text-left font-medium">
            Tone × format
          </th>
          <th scope="col" className="px-3 py-2 text-right font-medium">
            Posts
          </th>
          <th scope="col" className="px-3 py-2 text-right font-medium">
            Average reward
          </th>
          <th scope="col" className="py-2 pl-3 text-right font-medium">
            vs brand average
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {arms.map((arm) => (
          <tr key={`${arm.tone}|${arm.format}`}>
            <th scope="row" className="py-2 pr-3 text-left font-normal text-neutral-900">
              {toneName(arm.tone)} · {formatName(arm.format)}
            </th>
            <td className="px-3 py-2 text-right tabular-nums">{arm.visits}</td>
            <td className="px-3 py-2 text-right tabular-nums">{formatReward(arm.averageReward)}</td>
            <td className={`py-2 pl-3 text-right font-semibold tabular-nums ${(arm.ratio ?? 1) >= 1 ? 'text-accent-700' : 'text-red-700'}`}>{formatRatio(arm.ratio)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

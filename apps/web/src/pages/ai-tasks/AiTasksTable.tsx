import { Link } from 'react-router';
import type { AiTask } from '../../api/schemas/ai.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatCount, formatLatency, formatUsd, providerModel, taskPath } from './task-format.ts';

/** Every model call, newest first; the agent name opens the call's prompt and output. */
export function AiTasksTable({ tasks }: { tasks: AiTask[] }) {
  if (tasks.length === 0) return <p className="text-sm text-neutral-600">No AI tasks match.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">AI tasks, newest first</caption>
        <thead className="border-b border-neutral-200 bg-neutral-50 text-xs uppercase text-neutral-500">
          <tr>
            <th scope="col" className="px-4 py-3">Agent</th>
            <th scope="col" className="px-4 py-3">Provider / model</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3 text-right">Tokens in / out</th>
            <th scope="col" className="px-4 py-3 text-right">Cost</th>
            <th scope="col" className="px-4 py-3 text-right">Latency</th>
            <th scope="col" className="px-4 py-3">When</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {tasks.map((task) => (
            <tr key={task.id}>
              <th scope="row" className="px-4 py-3 font-medium">
                <Link to={taskPath(task.id)} className="text-accent-700 hover:underline">
                  {task.agent}
                </Link>
              </th>
              <td className="px-4 py-3 text-neutral-700">{providerModel(task)}</td>
              <td className="px-4 py-3">
                <StatusBadge label={task.status === 'succeeded' ? 'Succeeded' : 'Failed'} tone={task.status === 'succeeded' ? 'active' : 'danger'} />
                {task.error && <span className="mt-1 block text-xs text-red-700">{task.error}</span>}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {formatCount(task.tokensIn)} / {formatCount(task.tokensOut)}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{formatUsd(task.costUsd)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatLatency(task.latencyMs)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-neutral-600">{formatDateTime(task.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

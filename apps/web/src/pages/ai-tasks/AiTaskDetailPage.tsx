import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { getAiTask } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { formatDateTime } from '../../components/format-date.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { formatCount, formatLatency, formatUsd, providerModel } from './task-format.ts';

const preClassName = 'max-h-96 overflow-auto whitespace-pre-wrap rounded-md bg-neutral-50 p-3 font-mono text-xs text-neutral-800';

/** Output is whatever the agent produced (text or structured JSON); shown as written. */
function describeOutput(output: unknown): string {
  if (output === null || output === undefined) return '(no output)';
  return typeof output === 'string' ? output : JSON.stringify(output, null, 2);
}

/** One AI task: its facts, the exact prompt sent and the output received. */
export function AiTaskDetailPage() {
  const { taskId = '' } = useParams();
  const task = useQuery({ queryKey: queryKeys.aiTask(taskId), queryFn: () => getAiTask(taskId) });
  return (
    <>
      <PageHeader title="AI task" actions={<TextLink to="/ai-tasks">All AI tasks</TextLink>} />
      {task.isPending && <LoadingState label="Loading the task…" />}
      {task.isError && <FormAlert error={task.error} />}
      {task.data && (
        <div className="space-y-6">
          <Panel title="Summary">
            <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-neutral-500">Agent</dt>
              <dd>{task.data.agent}</dd>
              <dt className="text-neutral-500">Provider / model</dt>
              <dd>{providerModel(task.data)}</dd>
              <dt className="text-neutral-500">Status</dt>
              <dd>{task.data.status === 'succeeded' ? 'Succeeded' : `Failed: ${task.data.error ?? 'no reason recorded'}`}</dd>
              <dt className="text-neutral-500">Tokens in / out</dt>
              <dd className="tabular-nums">
                {formatCount(task.data.tokensIn)} / {formatCount(task.data.tokensOut)}
              </dd>
              <dt className="text-neutral-500">Cost</dt>
              <dd className="tabular-nums">{formatUsd(task.data.costUsd)}</dd>
              <dt className="text-neutral-500">Latency</dt>
              <dd className="tabular-nums">{formatLatency(task.data.latencyMs)}</dd>
              <dt className="text-neutral-500">When</dt>
              <dd>{formatDateTime(task.data.createdAt)}</dd>
            </dl>
          </Panel>
          <Panel title="Prompt">
            <h3 className="text-sm font-medium text-neutral-800">System</h3>
            <pre className={preClassName}>{task.data.prompt.system}</pre>
            <h3 className="mt-3 text-sm font-medium text-neutral-800">User</h3>
            <pre className={preClassName}>{task.data.prompt.user}</pre>
          </Panel>
          <Panel title="Output">
            <pre className={preClassName}>{describeOutput(task.data.output)}</pre>
          </Panel>
        </div>
      )}
    </>
  );
}

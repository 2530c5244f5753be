import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { aiTasksPageSize, getAiOverview, listAiTasks } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { aiTaskStatuses } from '../../api/schemas/ai.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { capitalise } from '../../components/labels.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Panel } from '../../components/Panel.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { AiTasksTable } from './AiTasksTable.tsx';
import { UsageSummary } from './UsageSummary.tsx';

/** Every call the AI agents made, what it cost, and this month's cost per provider. */
export function AiTasksPage() {
  const [page, setPage] = useState(1);
  const [agent, setAgent] = useState('');
  const [status, setStatus] = useState('');
  const overview = useQuery({ queryKey: queryKeys.aiOverview, queryFn: getAiOverview });
  const tasks = useQuery({
    queryKey: queryKeys.aiTasks(page, agent, status),
    queryFn: () => listAiTasks({ page, agent: agent || undefined, status: status || undefined }),
    placeholderData: keepPreviousData,
  });
  const pageCount = tasks.data ? Math.max(1, Math.ceil(tasks.data.total / aiTasksPageSize)) : 1;
  const filterChanged = (set: (value: string) => void) => (value: string) => {
    set(value);
    setPage(1);
  };

  return (
    <>
      <PageHeader title="AI tasks" description="Every call the AI agents made: who wrote it, with which model, what it cost and how long it took." />
      <div className="space-y-6">
        <Panel title="This month by provider" description={overview.data?.tier === 'template' ? 'No AI provider is configured: the offline template writer costs nothing.' : undefined}>
          <UsageSummary />
        </Panel>
        <div className="flex flex-wrap gap-4">
          <SelectField
            label="Agent"
            value={agent}
            onChange={filterChanged(setAgent)}
            placeholder="All agents"
            options={(overview.data?.agents ?? []).map((entry) => ({ value: entry.name, label: entry.name }))}
          />
          <SelectField label="Status" value={status} onChange={filterChanged(setStatus)} placeholder="Any status" options={aiTaskStatuses.map((value) => ({ value, label: capitalise(value) }))} />
        </div>
        {tasks.isPending && <LoadingState label="Loading AI tasks…" />}
        {tasks.isError && <FormAlert error={tasks.error} />}
        {tasks.data && (
          <div>
            <AiTasksTable tasks={tasks.data.items} />
            <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={tasks.isFetching} />
          </div>
        )}
      </div>
    </>
  );
}

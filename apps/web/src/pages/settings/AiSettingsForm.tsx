import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { updateAiSettings } from '../../api/ai.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { AiOverview } from '../../api/schemas/ai.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FieldErrors } from '../../api/api-error.ts';
import { validateForm } from '../../forms/validate.ts';
import { formatCount, formatUsd } from '../ai-tasks/task-format.ts';
import { aiSettingsFormSchema } from './ai-settings-form.ts';

const fields = ['autoApproveThreshold', 'monthlyBudgetUsd', 'monthlyTokenBudget'];

/** The organization's auto-approve threshold and monthly AI budgets, with this month's spend. */
export function AiSettingsForm({ overview, editable }: { overview: AiOverview; editable: boolean }) {
  const queryClient = useQueryClient();
  const [threshold, setThreshold] = useState(String(overview.autoApproveThreshold));
  const [budgetUsd, setBudgetUsd] = useState(overview.budget.monthlyBudgetUsd === null ? '' : String(overview.budget.monthlyBudgetUsd));
  const [tokenBudget, setTokenBudget] = useState(overview.budget.monthlyTokenBudget === null ? '' : String(overview.budget.monthlyTokenBudget));
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: updateAiSettings,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.aiOverview }),
  });
  const errors = { ...fieldErrorsOf(mutation.error), ...localErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(aiSettingsFormSchema, { autoApproveThreshold: threshold, monthlyBudgetUsd: budgetUsd, monthlyTokenBudget: tokenBudget });
    setLocalErrors(result.ok ? {} : result.errors);
    if (result.ok) mutation.mutate(result.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert error={mutation.error} shownFields={fields} />
      {mutation.isSuccess && <StatusMessage>AI settings saved.</StatusMessage>}
      <p className="text-sm text-neutral-700">
        This month: {formatUsd(overview.budget.spentUsd)} spent and {formatCount(overview.budget.usedTokens)} tokens used.
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Auto-approve threshold"
          inputMode="decimal"
          value={threshold}
          onChange={setThreshold}
          disabled={!editable}
          hint="Submitted AI posts scoring at least this (0–1) and brand safe are approved at once."
          error={errors.autoApproveThreshold}
        />
        <TextField label="Monthly budget (USD)" inputMode="decimal" value={budgetUsd} onChange={setBudgetUsd} disabled={!editable} hint="Empty: no limit." error={errors.monthlyBudgetUsd} />
        <TextField label="Monthly token budget" inputMode="numeric" value={tokenBudget} onChange={setTokenBudget} disabled={!editable} hint="Empty: no limit." error={errors.monthlyTokenBudget} />
      </div>
      {editable && (
        <Button type="submit" busy={mutation.isPending} busyLabel="Saving…">
          Save AI settings
        </Button>
      )}
    </form>
  );
}

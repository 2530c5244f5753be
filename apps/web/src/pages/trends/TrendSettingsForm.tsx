import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { TrendSettings, TrendSettingsEnvelope } from '../../api/schemas/trend.ts';
import { updateTrendSettings } from '../../api/trends.ts';
import { Button } from '../../components/Button.tsx';
import { ChipInput } from '../../components/ChipInput.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorFor } from '../../forms/field-errors.ts';
import { SourceToggles } from './SourceToggles.tsx';

interface TrendSettingsFormProps {
  brandId: string;
  initial: TrendSettingsEnvelope;
  /** Managers and above; everyone else sees the settings but cannot change them. */
  editable: boolean;
}

const shownFields = ['sources', 'subreddits', 'queries', 'feeds', 'geo'];

/** What the brand follows: sources, subreddits, search queries, feeds and the country for headlines. */
export function TrendSettingsForm({ brandId, initial, editable }: TrendSettingsFormProps) {
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState<TrendSettings>(initial.settings);
  const save = useMutation({
    mutationFn: () => updateTrendSettings(brandId, settings),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.trendSettings(brandId), saved);
      setSettings(saved.settings);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const change = (changes: Partial<TrendSettings>) => {
    save.reset();
    setSettings((current) => ({ ...current, ...changes }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <fieldset disabled={!editable} className="space-y-4">
        <SourceToggles
          available={initial.available}
          selected={settings.sources}
          onChange={(source, followed) => change({ sources: { ...settings.sources, [source]: followed } })}
          error={errorFor(errors, 'sources')}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <ChipInput label="Subreddits" values={settings.subreddits} onChange={(subreddits) => change({ subreddits })} placeholder="e.g. personalfinance" error={errorFor(errors, 'subreddits')} />
          <ChipInput label="Search queries" values={settings.queries} onChange={(queries) => change({ queries })} placeholder="e.g. open banking" error={errorFor(errors, 'queries')} />
          <ChipInput label="Feeds (RSS or Atom URLs)" values={settings.feeds} onChange={(feeds) => change({ feeds })} placeholder="https://example.com/feed.xml" error={errorFor(errors, 'feeds')} />
          <TextField
            label="Country"
            value={settings.geo}
            onChange={(geo) => change({ geo })}
            maxLength={2}
            autoComplete="off"
            hint="Two-letter code for Google Trends and top headlines, e.g. US or GB."
            error={errors.geo}
          />
        </div>
      </fieldset>
      {editable ? (
        <>
          <FormAlert error={save.error} shownFields={shownFields} />
          {save.isSuccess && <StatusMessage>Sources saved. They apply from the next refresh.</StatusMessage>}
          <Button type="submit" busy={save.isPending} busyLabel="Saving…">
            Save sources
          </Button>
        </>
      ) : (
        <p className="text-sm text-neutral-600">Managers and above can change what the brand follows.</p>
      )}
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/api-error.ts';
import type { ContentFormat, GenerateInput } from '../../api/schemas/ai.ts';
import { tones, type Brand } from '../../api/schemas/brand.ts';
import { platforms, type Platform } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { capitalise } from '../../components/labels.ts';
import { platformLabels } from '../../components/platform-labels.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatOptions, maxTopicLength } from './studio-options.ts';
import type { BriefPrefill } from './trend-brief.ts';
import { LearnerSuggestion } from './LearnerSuggestion.tsx';
import type { StudioSuggestion } from '../../api/studio-suggestion.ts';

interface BriefFormProps {
  brands: Brand[];
  busy: boolean;
  /** The last generation's failure, whose field issues are shown beside the inputs. */
  error: unknown;
  onGenerate: (brief: Omit<GenerateInput, 'count'>) => void;
  /** Starting values from the address (a trend's "Generate post"); the form is keyed on the trend. */
  prefill: BriefPrefill;
}

/**
 * What to write about: brand, idea, network, format, and optionally a call to action and tone.
 * Written from a trend, the idea is optional: the server takes the trend's headline then.
 */
export function BriefForm({ brands, busy, error, onGenerate, prefill }: BriefFormProps) {
  const prefilledBrand = brands.find((brand) => brand.id === prefill.brandId);
  const [brandId, setBrandId] = useState(prefilledBrand?.id ?? brands[0]?.id ?? '');
  const [topic, setTopic] = useState('');
  const [platform, setPlatform] = useState<Platform>(prefill.platform ?? 'sandbox');
  const [format, setFormat] = useState<ContentFormat>(prefill.format ?? 'single');
  const { trendId } = prefill;
  const [callToAction, setCallToAction] = useState('');
  const [tone, setTone] = useState('');
  // The learner's suggestion fills tone and format until the person picks either themselves.
  const [chosenByPerson, setChosenByPerson] = useState(prefill.format !== undefined);
  function useSuggestion(suggestion: StudioSuggestion) {
    setTone(suggestion.tone ?? '');
    setFormat(suggestion.format);
  }
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmedTopic = topic.trim();
    const problems: Record<string, string> = {};
    if (!brandId) problems.brandId = 'Choose a brand.';
    if (!trimmedTopic && !trendId) problems.topic = 'Type an idea to write about.';
    else if (trimmedTopic.length > maxTopicLength) problems.topic = `Keep the idea under ${maxTopicLength} characters.`;
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    onGenerate({
      brandId,
      ...(trimmedTopic ? { topic: trimmedTopic } : {}),
      ...(trendId ? { trendId } : {}),
      platform,
      format,
      ...(callToAction.trim() ? { callToAction: callToAction.trim() } : {}),
      ...(tone ? { tone } : {}),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <SelectField
        label="Brand"
        value={brandId}
        onChange={setBrandId}
        options={brands.map((brand) => ({ value: brand.id, label: brand.name }))}
        error={localErrors.brandId ?? serverErrors.brandId}
      />
      <SelectField
        label="Platform"
        value={platform}
        onChange={(value) => setPlatform(value as Platform)}
        options={platforms.map((value) => ({ value, label: platformLabels[value] }))}
        error={serverErrors.platform}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          label={trendId ? 'Idea (optional)' : 'Idea'}
          value={topic}
          onChange={setTopic}
          rows={2}
          placeholder={trendId ? 'Leave empty to write about the trend, or type an angle on it' : 'e.g. Why a weekly money check-in beats a yearly budget'}
          error={localErrors.topic ?? serverErrors.topic}
        />
      </div>
      {brandId ? <LearnerSuggestion brandId={brandId} platform={platform} trendId={trendId} onUse={useSuggestion} autoApply={!chosenByPerson} /> : null}
      <SelectField
        label="Format"
        value={format}
        onChange={(value) => {
          setChosenByPerson(true);
          setFormat(value as ContentFormat);
        }}
        options={formatOptions}
        error={serverErrors.format}
      />
      <SelectField
        label="Tone"
        value={tone}
        onChange={(value) => {
          setChosenByPerson(true);
          setTone(value);
        }}
        placeholder="The brand’s own tone"
        options={tones.map((value) => ({ value, label: capitalise(value) }))}
        error={serverErrors.tone}
      />
      <div className="sm:col-span-2">
        <TextField label="Call to action" value={callToAction} onChange={setCallToAction} placeholder="Optional, e.g. Read the guide on our blog" error={serverErrors.callToAction} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" busy={busy} busyLabel="Generating…">
          Generate
        </Button>
      </div>
    </form>
  );
}

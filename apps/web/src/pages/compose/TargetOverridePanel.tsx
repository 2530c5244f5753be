import { useId, useState } from 'react';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { hintClassName } from '../../components/field-styles.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { threadPlatforms } from './compose-rules.ts';
import { OverrideMediaChoice } from './OverrideMediaChoice.tsx';
import { isCustomised, sameAsMainPost, type OverrideDraft } from './target-overrides.ts';

interface TargetOverridePanelProps {
  account: SocialAccount;
  mainText: string;
  mainMediaIds: string[];
  draft: OverrideDraft | undefined;
  onChange: (draft: OverrideDraft) => void;
  /** Messages for this account's override, by field (`text`, `mediaIds`). */
  errors: { text?: string | undefined; mediaIds?: string | undefined };
}

/**
 * A collapsible panel to make one account's post differ from the main one: its own words, a
 * subset of the images, or (where the network allows) a thread for a text too long for one post.
 * Until the text is edited here, the account uses the main text, and follows it as it changes.
 */
export function TargetOverridePanel({ account, mainText, mainMediaIds, draft = sameAsMainPost, onChange, errors }: TargetOverridePanelProps) {
  const panelId = useId();
  const [open, setOpen] = useState(() => isCustomised(draft));
  // A problem with this account's override opens the panel, so the message is never hidden.
  const expanded = open || Boolean(errors.text ?? errors.mediaIds);
  const name = `@${account.handle} (${platformShortNames[account.platform]})`;
  const canThread = threadPlatforms.includes(account.platform);

  return (
    <div className="rounded-md border border-neutral-200">
      <div className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setOpen(!expanded)}
          className="flex items-center gap-2 text-left text-sm font-medium text-neutral-800 hover:text-accent-700"
        >
          <span aria-hidden="true" className="inline-block w-3">
            {expanded ? '▾' : '▸'}
          </span>
          Customize for {name}
        </button>
        {isCustomised(draft) && <StatusBadge label="Customized" tone="info" />}
      </div>
      {expanded && (
        <div id={panelId} role="group" aria-label={`Customize for ${name}`} className="space-y-4 border-t border-neutral-200 p-3">
          <div className="space-y-1">
            <TextAreaField label={`Text for @${account.handle}`} rows={5} value={draft.text ?? mainText} onChange={(text) => onChange({ ...draft, text })} error={errors.text} />
            {draft.text === null ? (
              <p className={hintClassName}>Uses the main text until you change it here.</p>
            ) : (
              <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => onChange({ ...draft, text: null })}>
                Reset to main text<span className="sr-only"> for @{account.handle}</span>
              </Button>
            )}
          </div>
          <OverrideMediaChoice handle={account.handle} mainMediaIds={mainMediaIds} chosen={draft.mediaIds} onChange={(mediaIds) => onChange({ ...draft, mediaIds })} error={errors.mediaIds} />
          {canThread && (
            <div className="space-y-1">
              <div className="flex items-center gap-2">
                <input
                  id={`${panelId}-thread`}
                  type="checkbox"
                  checked={draft.asThread}
                  onChange={(event) => onChange({ ...draft, asThread: event.target.checked })}
                  aria-describedby={`${panelId}-thread-hint`}
                  className="size-4 rounded border-neutral-300 accent-accent-700"
                />
                <label htmlFor={`${panelId}-thread`} className="text-sm text-neutral-800">
                  Post as a thread if too long
                </label>
              </div>
              <p id={`${panelId}-thread-hint`} className={hintClassName}>
                A text over {platformShortNames[account.platform]}’s limit goes out as numbered replies instead of being refused.
              </p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

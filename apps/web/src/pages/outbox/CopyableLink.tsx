import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { inputClassName } from '../../components/field-styles.ts';
import { copyText } from './copy-text.ts';

type CopyResult = 'copied' | 'failed';

const resultMessages: Record<CopyResult, string> = {
  copied: 'Copied.',
  failed: 'Could not copy: select the link and copy it yourself.',
};

/** A read-only field holding the link (selectable by hand too) and a button that copies it. */
export function CopyableLink({ url, label }: { url: string; label: string }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<CopyResult>();

  useEffect(() => {
    if (result !== 'copied') return;
    const timer = window.setTimeout(() => setResult(undefined), 3000);
    return () => window.clearTimeout(timer);
  }, [result]);

  async function copy() {
    setResult((await copyText(url, inputRef.current)) ? 'copied' : 'failed');
  }

  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          {label}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClassName} min-w-48 font-mono text-xs`}
        />
        <Button variant="secondary" className="shrink-0" onClick={() => void copy()}>
          Copy<span className="sr-only"> {label.charAt(0).toLowerCase() + label.slice(1)}</span>
        </Button>
      </div>
      <p role="status" className="text-xs text-neutral-600">
        {result && resultMessages[result]}
      </p>
    </div>
  );
}

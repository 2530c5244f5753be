import type { Platform } from '../../api/schemas/social-account.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { LengthCounter } from './LengthCounter.tsx';

/** The text's length on every network it goes to, each counted the way that network counts. */
export function LengthCounters({ platforms, text }: { platforms: readonly Platform[]; text: string }) {
  const settledText = useDebouncedValue(text);
  if (platforms.length === 0) {
    return (
      <p className="text-xs text-neutral-500">
        Choose accounts to see the length limit of each network.
      </p>
    );
  }
  return (
    <ul aria-label="Length on each network" className="space-y-0.5 text-sm">
      {platforms.map((platform) => (
        <LengthCounter key={platform} platform={platform} settledText={settledText} liveText={text} />
      ))}
    </ul>
  );
}

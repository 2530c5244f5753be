import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { LengthCounter, type CountedTarget } from './LengthCounter.tsx';

/** Each account's text length, counted the way its network (and its server) counts. */
export function LengthCounters({ targets }: { targets: readonly CountedTarget[] }) {
  if (targets.length === 0) {
    return <p className="text-xs text-neutral-500">Choose accounts to see the length limit of each network.</p>;
  }
  return (
    <ul aria-label="Length on each network" className="space-y-0.5 text-sm">
      {targets.map((target) => (
        <DebouncedCounter key={target.accountId} target={target} />
      ))}
    </ul>
  );
}

/** Each line debounces its own text: an account's own text changes independently of the main one. */
function DebouncedCounter({ target }: { target: CountedTarget }) {
  const settledText = useDebouncedValue(target.text);
  return <LengthCounter target={target} settledText={settledText} />;
}

import { statusTones, type StatusTone } from './status-tones.ts';

export function StatusBadge({ label, tone = 'neutral' }: { label: string; tone?: StatusTone }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${statusTones[tone]}`}>{label}</span>;
}

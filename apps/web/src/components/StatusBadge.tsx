const tones = {
  active: 'bg-accent-50 text-accent-800 ring-accent-100',
  draft: 'bg-amber-50 text-amber-800 ring-amber-200',
  neutral: 'bg-neutral-100 text-neutral-700 ring-neutral-200',
  danger: 'bg-red-50 text-red-800 ring-red-200',
} as const;

export function StatusBadge({ label, tone = 'neutral' }: { label: string; tone?: keyof typeof tones }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>{label}</span>;
}

/** Colours for statuses, shared by badges and calendar entries so one status looks the same everywhere. */
export const statusTones = {
  active: 'bg-accent-50 text-accent-800 ring-accent-100',
  draft: 'bg-amber-50 text-amber-800 ring-amber-200',
  info: 'bg-sky-50 text-sky-800 ring-sky-200',
  neutral: 'bg-neutral-100 text-neutral-700 ring-neutral-200',
  danger: 'bg-red-50 text-red-800 ring-red-200',
} as const;

export type StatusTone = keyof typeof statusTones;

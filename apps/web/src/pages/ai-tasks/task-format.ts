/** Costs are fractions of a cent per call; four decimals keep small calls visible. */
export function formatUsd(value: number | null): string {
  if (value === null) return '—';
  return `$${value.toFixed(value > 0 && value < 0.01 ? 4 : 2)}`;
}

export function formatLatency(milliseconds: number): string {
  return milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`;
}

export const formatCount = (value: number | null) => (value === null ? '—' : value.toLocaleString());

/** This calendar month in the browser's zone, as the instants the usage endpoint takes. */
export function currentMonthWindow(now = new Date()): { from: string; to: string; label: string } {
  const start = new Date(now.getFullYear(), now.getMonth(), 1);
  const end = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  const label = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(start);
  return { from: start.toISOString(), to: end.toISOString(), label };
}

/** The provider name with its model, as one cell. */
export const providerModel = (task: { provider: string; model: string }) => `${task.provider} · ${task.model}`;

export const taskPath = (taskId: string) => `/ai-tasks/${encodeURIComponent(taskId)}`;

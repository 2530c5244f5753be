/** The closed set of delivery failure kinds (docs/architecture.md), in words. */
export const errorKindLabels: Record<string, string> = {
  retry: 'Temporary failure',
  rate_limited: 'Rate limited',
  refresh: 'Token expired',
  reconnect: 'Account needs reconnecting',
  rejected: 'Refused by the network',
};

/** Statuses a person can send again by hand. */
export const retryableTargetStatuses: readonly string[] = ['failed', 'held'];

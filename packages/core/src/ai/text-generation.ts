import type { TextProvider } from '../ports/text-provider';
import type { PriceTable } from './price-table';

/**
 * What the provider chain needs from the installation: the configured providers in the order to
 * try them (empty = offline, template tier only), their prices, the per-call timeout, and the
 * waiting and randomness of backoff — injected so tests neither sleep nor depend on chance.
 */
export interface TextGeneration {
  providers: readonly TextProvider[];
  prices: PriceTable;
  timeoutMs: number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1), for backoff jitter. */
  random(): number;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** USD per million tokens of one model; the key is `<provider>/<model>`, e.g. `deepseek/deepseek-chat`. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

export const priceKey = (provider: string, model: string) => `${provider}/${model}`;

/**
 * The cost of one call in USD, or null when it cannot be known: no price for the model (a local
 * server, an unlisted model) or a provider that reported no token counts. Unknown is stored as
 * null rather than 0, so the cost page never claims a call was free when it may not have been.
 */
export function costOf(prices: PriceTable, provider: string, model: string, tokensIn: number | null, tokensOut: number | null): number | null {
  const price = prices[priceKey(provider, model)];
  if (!price || tokensIn === null || tokensOut === null) return null;
  return (tokensIn * price.inputPerMillion + tokensOut * price.outputPerMillion) / 1_000_000;
}

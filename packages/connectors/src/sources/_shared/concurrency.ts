/** Runs `task` over `inputs` with at most `limit` in flight; results in input order, never rejects. */
export async function settleWithConcurrency<Input, Output>(
  inputs: readonly Input[],
  limit: number,
  task: (input: Input, index: number) => Promise<Output>,
): Promise<PromiseSettledResult<Output>[]> {
  const results: PromiseSettledResult<Output>[] = new Array(inputs.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < inputs.length) {
      const index = next;
      next += 1;
      try {
        results[index] = { status: 'fulfilled', value: await task(inputs[index] as Input, index) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), inputs.length) }, () => worker()));
  return results;
}

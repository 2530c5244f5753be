/** The few parts of jstat 1.9.6 (no published types) that ab-statistics.test.ts uses as its reference. */
declare module 'jstat' {
  interface JStat {
    ztest(z: number, sides: 1 | 2): number;
    normal: { cdf(x: number, mean: number, sd: number): number };
    beta: { pdf(x: number, alpha: number, beta: number): number; cdf(x: number, alpha: number, beta: number): number };
    betaln(a: number, b: number): number;
    fn: { twoSidedDifferenceOfProportions(p1: number, n1: number, p2: number, n2: number): number };
  }
  export const jStat: JStat;
}

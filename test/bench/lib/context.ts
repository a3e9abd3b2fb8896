/** What every benchmark gets from the runner. */
export interface BenchContext {
  /** `BENCH_QUICK=1`: fewer repetitions and smaller data, for a smoke run of a minute or two. */
  quick: boolean;
  /** A progress line on stderr. */
  log(line: string): void;
  /** Observations printed under the table: errors a server logged, a measurement that was skipped. */
  note(line: string): void;
}

/** `full` in a full run, `quick` under BENCH_QUICK=1. */
export const size = <T>(ctx: BenchContext, full: T, quick: T): T => (ctx.quick ? quick : full);

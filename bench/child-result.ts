/** Prefix of the line a bench child prints its result on. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/** Result of one measured synthesis (bench/child.ts). */
export interface ChildResult {
  /** Time to load the workload module, with the library or the bindings it imports. */
  readonly requireMs: number;
  /** Time to construct the app: `build(app, params)`. */
  readonly constructMs: number;
  /** Time of `app.synth()`, which resolves tokens, runs validations and writes the JSON. */
  readonly synthMs: number;
  /** Peak resident set size of the process in KiB, from `process.resourceUsage().maxRSS`. */
  readonly maxRssKib: number;
}

/** Result of one cold `require` of the package entry point (bench/require-child.ts). */
export interface RequireResult {
  /** Time of the `require` call. */
  readonly requireMs: number;
  /** Peak resident set size of the process in KiB. */
  readonly maxRssKib: number;
}

/** Parses the result line out of a child's stdout, or throws with the output when there is none. */
export function parseResult<T>(stdout: string): T {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(RESULT_PREFIX));
  if (line === undefined) {
    throw new Error(`The bench child printed no '${RESULT_PREFIX.trim()}' line. Its output was:\n${stdout}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}

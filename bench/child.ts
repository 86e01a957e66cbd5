/**
 * One measured synthesis, run by bench/run.ts in a fresh Node process.
 *
 * Usage: `node child.js <workload module> <params JSON> <outdir>`. The module exports
 * `build(app: App, params): void`. The process prints one line `BENCH_RESULT <json>` with the
 * phase times in milliseconds and the peak resident set size in KiB.
 *
 * cdktf and constructs are loaded before the clock starts, because both variants load them and
 * the bench measures what the library adds on top of the bindings.
 */
import { App } from 'cdktf';
import { ChildResult, RESULT_PREFIX } from './child-result';

function main(): void {
  const [modulePath, paramsJson, outdir] = process.argv.slice(2);
  if (!modulePath || !paramsJson || !outdir) {
    throw new Error('usage: node child.js <workload module> <params JSON> <outdir>');
  }

  const started = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const workload = require(modulePath) as { build(app: App, params: unknown): void };
  const loaded = performance.now();

  const app = new App({ outdir });
  workload.build(app, JSON.parse(paramsJson));
  const constructed = performance.now();

  app.synth();
  const synthesized = performance.now();

  const result: ChildResult = {
    requireMs: loaded - started,
    constructMs: constructed - loaded,
    synthMs: synthesized - constructed,
    maxRssKib: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main();
}

/**
 * Times a cold `require` of one module in a fresh Node process, for bench/run.ts.
 * Usage: `node require-child.js <module path>`; prints `BENCH_RESULT <json>`.
 */
import { RequireResult, RESULT_PREFIX } from './child-result';

function main(): void {
  const modulePath = process.argv[2];
  if (!modulePath) {
    throw new Error('usage: node require-child.js <module path>');
  }

  const started = performance.now();
  require(modulePath);
  const loaded = performance.now();

  const result: RequireResult = { requireMs: loaded - started, maxRssKib: process.resourceUsage().maxRSS };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main();

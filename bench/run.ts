/**
 * Measures what the library costs over the generated L1 bindings, and how synthesis grows.
 *
 * `npm run bench` compiles lib, examples and bench with tsc into dist/ and runs this file with
 * node, so transpilation is not measured. Options:
 *   --quick            one run of each quick workload, no build or scaling figures, no results file
 *   --runs N           measured runs per variant after the warm-up (default 7)
 *   --only A,B         run only the named workloads, without the build time and the results file
 *   --profile NAME     write a CPU profile of one synthesis of NAME and print where the time goes
 *   --variant V        with --profile: `library` (default) or `l1`
 *   --output FILE      where to write the results (default bench/results.md in the full mode)
 *
 * Every workload is synthesized twice per round, through the library and through the bindings.
 * The two documents must be the same Terraform JSON up to cdktf's `//` metadata, and the run fails
 * when they differ.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ChildResult, parseResult, RequireResult } from './child-result';
import { compareApps, countBlocks, readSynthesizedStacks } from './compare';
import { printProfile } from './profile';
import { formatResults, MeasuredWorkload, ResultsInput, VariantSamples } from './report';
import { Workload, WORKLOADS } from './workloads';

/** Repository root: this file runs from dist/bench/. */
const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS_FILE = path.join(ROOT, 'bench', 'results.md');
const CHILD = path.join(__dirname, 'child.js');
const REQUIRE_CHILD = path.join(__dirname, 'require-child.js');
const PACKAGE_ENTRY = path.join(ROOT, 'dist', 'lib', 'index.js');
/** Differences listed when the two documents of a workload differ. */
const DIFFERENCES_SHOWN = 20;

interface Options {
  readonly quick: boolean;
  readonly runs: number;
  readonly only?: string[];
  readonly profile?: string;
  readonly variant: 'library' | 'l1';
  readonly output?: string;
}

function parseOptions(argv: string[]): Options {
  let quick = false;
  let runs = 7;
  let only: string[] | undefined;
  let profile: string | undefined;
  let variant: 'library' | 'l1' = 'library';
  let output: string | undefined;

  for (let i = 0; i < argv.length; i++) {
    const option = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) {
        throw new Error(`Option ${option} needs a value.`);
      }
      return next;
    };
    switch (option) {
      case '--quick':
        quick = true;
        break;
      case '--runs':
        runs = Number(value());
        if (!Number.isInteger(runs) || runs < 1) {
          throw new Error(`--runs must be a positive integer, got '${argv[i]}'.`);
        }
        break;
      case '--only':
        only = value().split(',');
        break;
      case '--profile':
        profile = value();
        break;
      case '--variant': {
        const variantName = value();
        if (variantName !== 'library' && variantName !== 'l1') {
          throw new Error(`--variant must be 'library' or 'l1', got '${variantName}'.`);
        }
        variant = variantName;
        break;
      }
      case '--output':
        output = path.resolve(value());
        break;
      default:
        throw new Error(`Unknown option '${option}'. Options: --quick, --runs N, --only A,B, --profile NAME, --variant library|l1, --output FILE.`);
    }
  }
  return { quick, runs: quick ? 1 : runs, only, profile, variant, output };
}

function selectWorkloads(options: Options): Workload[] {
  const known = new Map(WORKLOADS.map((workload) => [workload.name, workload]));
  if (options.only) {
    const unknown = options.only.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new Error(`Unknown workload ${unknown.join(', ')}. Workloads: ${[...known.keys()].join(', ')}.`);
    }
    return options.only.map((name) => known.get(name)!);
  }
  return WORKLOADS.filter((workload) => !options.quick || workload.quick);
}

/**
 * Returns the environment of every child: the parent's without `OCI_*` and `CDKTF_*` variables,
 * because the library and the examples read settings such as `OCI_REGION` from them and the L1
 * versions do not.
 */
function childEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(OCI_|CDKTF_)/.test(name)));
}

/** Runs `node args...` to completion and returns its stdout and wall time, or throws with its output. */
function runNode(args: string[], description: string): { stdout: string; wallMs: number } {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, env: childEnvironment(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) {
    throw new Error(`${description} failed to start: ${child.error.message}`);
  }
  if (child.status !== 0) {
    throw new Error(`${description} exited with status ${child.status ?? child.signal}.\n${child.stderr}\n${child.stdout}`);
  }
  return { stdout: child.stdout, wallMs };
}

/** Raised when the two variants of a workload synthesize different documents; the outputs are kept for inspection. */
class DocumentMismatchError extends Error {}

function workloadModule(modulePath: string): string {
  return path.join(__dirname, 'workloads', `${modulePath}.js`);
}

/** Synthesizes one variant of a workload in a fresh process into `outdir`. */
function synthesize(workload: Workload, variant: 'library' | 'l1', outdir: string, nodeOptions: string[] = []): ChildResult & { wallMs: number } {
  const { stdout, wallMs } = runNode(
    [...nodeOptions, CHILD, workloadModule(workload[variant]), JSON.stringify(workload.params), outdir],
    `Synthesis of ${workload.name} (${variant})`,
  );
  return { ...parseResult<ChildResult>(stdout), wallMs };
}

/**
 * Runs one warm-up of both variants, checks that they synthesize the same document, then
 * alternates the measured runs so that drift in the machine's speed hits both variants alike.
 */
function measureWorkload(workload: Workload, runs: number, scratch: string): MeasuredWorkload {
  const samples: Record<'library' | 'l1', VariantSamples> = { library: [], l1: [] };
  const outdirs = { library: path.join(scratch, `${workload.name}-library`), l1: path.join(scratch, `${workload.name}-l1`) };

  const warmUp = { library: synthesize(workload, 'library', outdirs.library), l1: synthesize(workload, 'l1', outdirs.l1) };
  const libraryStacks = readSynthesizedStacks(outdirs.library);
  const differences = compareApps(libraryStacks, readSynthesizedStacks(outdirs.l1), DIFFERENCES_SHOWN);
  if (differences.length > 0) {
    const lines = differences.map((difference) => `  ${difference.path}\n    library: ${difference.library}\n    l1:      ${difference.l1}`);
    throw new DocumentMismatchError(
      `Workload ${workload.name}: the library and the L1 bindings synthesized different documents ` +
        `(${differences.length} shown, at most ${DIFFERENCES_SHOWN}; outputs kept in ${scratch}):\n${lines.join('\n')}`,
    );
  }
  const blocks = countBlocks(libraryStacks);

  for (const variant of ['library', 'l1'] as const) {
    fs.rmSync(outdirs[variant], { recursive: true, force: true });
  }
  if (runs === 1) {
    // The quick mode reports its only run, the one that was also compared.
    samples.library.push(warmUp.library);
    samples.l1.push(warmUp.l1);
  } else {
    for (let i = 0; i < runs; i++) {
      for (const variant of ['library', 'l1'] as const) {
        samples[variant].push(synthesize(workload, variant, outdirs[variant]));
        fs.rmSync(outdirs[variant], { recursive: true, force: true });
      }
    }
  }
  return { workload, ...blocks, samples };
}

/** Times `tsc -p tsconfig.json`, writing to a scratch folder so the bench does not rewrite dist/. */
function measureBuild(runs: number, scratch: string): number[] {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const outDir = path.join(scratch, `build-${i}`);
    const { wallMs } = runNode([tsc, '-p', 'tsconfig.json', '--outDir', outDir], 'tsc -p tsconfig.json');
    fs.rmSync(outDir, { recursive: true, force: true });
    // The first build warms the file cache and is not counted.
    if (i > 0) {
      times.push(wallMs);
    }
  }
  return times;
}

/** Times cold `require`s of a module, each in a fresh process, after one uncounted warm-up. */
function measureRequire(modulePath: string, runs: number): RequireResult[] {
  const results: RequireResult[] = [];
  for (let i = 0; i <= runs; i++) {
    const { stdout } = runNode([REQUIRE_CHILD, modulePath], `require('${modulePath}')`);
    if (i > 0) {
      results.push(parseResult<RequireResult>(stdout));
    }
  }
  return results;
}

function runProfile(options: Options, scratch: string): void {
  const workload = WORKLOADS.find((candidate) => candidate.name === options.profile);
  if (!workload) {
    throw new Error(`Unknown workload '${options.profile}'. Workloads: ${WORKLOADS.map((w) => w.name).join(', ')}.`);
  }
  const profileDir = path.join(scratch, 'profile');
  synthesize(workload, options.variant, path.join(scratch, 'out'), ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  const [file] = fs.readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  const profileCopy = path.join(os.tmpdir(), `bench-${workload.name}-${options.variant}.cpuprofile`);
  fs.copyFileSync(path.join(profileDir, file), profileCopy);
  printProfile(profileCopy, ROOT);
  console.log(`\nProfile saved as ${profileCopy} (open it in Chrome DevTools, Performance tab).`);
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-bench-'));
  let keepScratch = false;
  try {
    if (options.profile) {
      runProfile(options, scratch);
      return;
    }

    const workloads = selectWorkloads(options);
    const startedAt = new Date();
    const loadAtStart = os.loadavg();
    const started = Date.now();

    // The build and the results file belong to complete runs; --only is for looking at a few workloads.
    const complete = !options.quick && !options.only;
    const buildMs = complete ? measureBuild(3, scratch) : undefined;
    const requireRuns = options.quick ? 1 : 10;
    const packageRequire = measureRequire(PACKAGE_ENTRY, requireRuns);
    const cdktfRequire = measureRequire(require.resolve('cdktf', { paths: [ROOT] }), requireRuns);

    const measured: MeasuredWorkload[] = [];
    for (const workload of workloads) {
      process.stderr.write(`bench: ${workload.name} ...`);
      const workloadStarted = Date.now();
      try {
        measured.push(measureWorkload(workload, options.runs, scratch));
      } catch (error) {
        keepScratch = error instanceof DocumentMismatchError;
        throw error;
      }
      process.stderr.write(` ${((Date.now() - workloadStarted) / 1000).toFixed(1)} s\n`);
    }

    const input: ResultsInput = {
      startedAt,
      loadAtStart,
      durationMs: Date.now() - started,
      quick: options.quick,
      runs: options.runs,
      buildMs,
      packageRequire,
      cdktfRequire,
      measured,
    };
    const markdown = formatResults(input);
    console.log(markdown);

    const output = options.output ?? (complete ? RESULTS_FILE : undefined);
    if (output) {
      writeResults(output, markdown);
      console.log(`Results written to ${path.relative(ROOT, output)}.`);
    }
  } finally {
    if (!keepScratch) {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
}

const BEGIN_MARKER = '<!-- bench:begin (written by npm run bench; edit outside the markers) -->';
const END_MARKER = '<!-- bench:end -->';

/**
 * Writes the measured part of the results between the markers, so that the findings written by
 * hand around them survive the next run.
 */
function writeResults(file: string, markdown: string): void {
  const generated = `${BEGIN_MARKER}\n${markdown}\n${END_MARKER}`;
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, `# Synthesis benchmark\n\n${generated}\n`);
    return;
  }
  const current = fs.readFileSync(file, 'utf8');
  const begin = current.indexOf(BEGIN_MARKER);
  const end = current.indexOf(END_MARKER);
  if (begin < 0 || end < begin) {
    throw new Error(`${file} has no bench markers; add '${BEGIN_MARKER}' and '${END_MARKER}' where the tables go.`);
  }
  fs.writeFileSync(file, current.slice(0, begin) + generated + current.slice(end + END_MARKER.length));
}

try {
  main();
} catch (error) {
  console.error(`\nbench failed: ${(error as Error).message}`);
  process.exitCode = 1;
}

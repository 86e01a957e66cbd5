import * as os from 'os';
import { ChildResult, RequireResult } from './child-result';
import { SeriesPoint, Workload } from './workloads';

/** The measured runs of one variant: the child's phases plus the process wall time seen by run.ts. */
export type VariantSamples = Array<ChildResult & { wallMs: number }>;

/** Measurements of one workload. */
export interface MeasuredWorkload {
  readonly workload: Workload;
  /** Resources in the synthesized document, over all stacks. */
  readonly resources: number;
  /** Data sources in the synthesized document, over all stacks. */
  readonly dataSources: number;
  readonly samples: Record<'library' | 'l1', VariantSamples>;
}

/** Everything the results page reports. */
export interface ResultsInput {
  readonly startedAt: Date;
  /** `os.loadavg()` when the run started. */
  readonly loadAtStart: number[];
  readonly durationMs: number;
  readonly quick: boolean;
  readonly runs: number;
  /** Wall times of `tsc -p tsconfig.json`; absent in the quick mode. */
  readonly buildMs?: number[];
  readonly packageRequire: RequireResult[];
  readonly cdktfRequire: RequireResult[];
  readonly measured: MeasuredWorkload[];
}

/** Library/L1 ratio above which the results page lists a workload as a finding. */
export const RATIO_LIMIT = 1.15;

/**
 * Factor by which the cost per added unit may grow from one range of a series to the next before
 * the page calls the growth faster than linear. Per-unit costs at small counts include JIT warm-up,
 * so small deviations from 1 are noise.
 */
export const GROWTH_LIMIT = 1.5;

/** Returns the median of the values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function inProcessMs(sample: ChildResult): number {
  return sample.requireMs + sample.constructMs + sample.synthMs;
}

function buildMs(sample: ChildResult): number {
  return sample.constructMs + sample.synthMs;
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function mib(kib: number): string {
  return (kib / 1024).toFixed(1);
}

function ratio(library: number, l1: number): string {
  const value = library / l1;
  const text = value.toFixed(2);
  return value > RATIO_LIMIT ? `**${text}**` : text;
}

/** Medians of one variant: process wall, in-process phases and peak memory. */
interface VariantMedians {
  readonly wallMs: number;
  readonly wallMinMs: number;
  readonly wallMaxMs: number;
  readonly inProcessMs: number;
  /** Construct plus synth, without loading the modules. */
  readonly buildMs: number;
  readonly requireMs: number;
  readonly constructMs: number;
  readonly synthMs: number;
  readonly maxRssKib: number;
}

function medians(samples: VariantSamples): VariantMedians {
  const walls = samples.map((sample) => sample.wallMs);
  return {
    wallMs: median(walls),
    wallMinMs: Math.min(...walls),
    wallMaxMs: Math.max(...walls),
    inProcessMs: median(samples.map(inProcessMs)),
    buildMs: median(samples.map(buildMs)),
    requireMs: median(samples.map((sample) => sample.requireMs)),
    constructMs: median(samples.map((sample) => sample.constructMs)),
    synthMs: median(samples.map((sample) => sample.synthMs)),
    maxRssKib: median(samples.map((sample) => sample.maxRssKib)),
  };
}

function machineSection(input: ResultsInput): string[] {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((cpu) => cpu.model.trim()))].join(', ');
  const [endLoad1, endLoad5] = os.loadavg();
  const [startLoad1] = input.loadAtStart;
  // Virtual machines often report a clock speed of 0.
  const clock = cpus[0]?.speed ? ` at ${cpus[0].speed} MHz` : '';
  return [
    `- Date: ${input.startedAt.toISOString()} (whole run ${(input.durationMs / 1000).toFixed(0)} s)`,
    `- Machine: ${cpus.length} × ${models}${clock}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ` +
      `${os.type()} ${os.release()} ${os.arch()}`,
    `- Load average: ${startLoad1.toFixed(2)} (1 min) at the start; ${endLoad1.toFixed(2)} (1 min) and ${endLoad5.toFixed(2)} (5 min) at the end` +
      (Math.max(startLoad1, endLoad1) > cpus.length / 2 ? ' (other processes were running, so the times are less reliable)' : ''),
    `- Node ${process.version}; code compiled by tsc into dist/ (\`npm run bench\`) and run with node, not ts-node`,
    `- Mode: ${input.quick ? 'quick (one run each, timings only indicative)' : `full, median of ${input.runs} runs per variant after one warm-up`}`,
  ];
}

function summaryTable(measured: MeasuredWorkload[]): string[] {
  const lines = [
    '| Workload | Resources | Data sources | Process wall, library (ms) | Process wall, L1 (ms) | Ratio | In-process ratio | Construct + synth ratio | maxRSS, library (MiB) | maxRSS, L1 (MiB) | Ratio |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const entry of measured) {
    const library = medians(entry.samples.library);
    const l1 = medians(entry.samples.l1);
    lines.push(
      `| ${entry.workload.name} | ${entry.resources} | ${entry.dataSources} ` +
        `| ${ms(library.wallMs)} | ${ms(l1.wallMs)} | ${ratio(library.wallMs, l1.wallMs)} ` +
        `| ${ratio(library.inProcessMs, l1.inProcessMs)} | ${ratio(library.buildMs, l1.buildMs)} ` +
        `| ${mib(library.maxRssKib)} | ${mib(l1.maxRssKib)} | ${ratio(library.maxRssKib, l1.maxRssKib)} |`,
    );
  }
  return lines;
}

function phaseTable(measured: MeasuredWorkload[]): string[] {
  const lines = [
    '| Workload | Variant | Require (ms) | Construct (ms) | Synth (ms) | Process wall, min–max (ms) |',
    '|---|---|--:|--:|--:|--:|',
  ];
  for (const entry of measured) {
    for (const variant of ['library', 'l1'] as const) {
      const m = medians(entry.samples[variant]);
      lines.push(
        `| ${entry.workload.name} | ${variant === 'l1' ? 'L1' : 'library'} | ${ms(m.requireMs)} | ${ms(m.constructMs)} ` +
          `| ${ms(m.synthMs)} | ${ms(m.wallMinMs)}–${ms(m.wallMaxMs)} |`,
      );
    }
  }
  return lines;
}

/** Cost per added unit between consecutive points of one series. */
interface Slope {
  readonly series: SeriesPoint['series'];
  readonly from: number;
  readonly to: number;
  readonly msPerUnit: Record<'library' | 'l1', number>;
  readonly kibPerUnit: Record<'library' | 'l1', number>;
}

function slopes(measured: MeasuredWorkload[]): Slope[] {
  const result: Slope[] = [];
  for (const series of ['repositories', 'node pools'] as const) {
    const points = measured.filter((entry) => entry.workload.point?.series === series).sort((a, b) => a.workload.point!.count - b.workload.point!.count);
    for (let i = 1; i < points.length; i++) {
      const [low, high] = [points[i - 1], points[i]];
      const units = high.workload.point!.count - low.workload.point!.count;
      const per = (pick: (m: VariantMedians) => number, variant: 'library' | 'l1'): number =>
        (pick(medians(high.samples[variant])) - pick(medians(low.samples[variant]))) / units;
      result.push({
        series,
        from: low.workload.point!.count,
        to: high.workload.point!.count,
        msPerUnit: { library: per((m) => m.inProcessMs, 'library'), l1: per((m) => m.inProcessMs, 'l1') },
        kibPerUnit: { library: per((m) => m.maxRssKib, 'library'), l1: per((m) => m.maxRssKib, 'l1') },
      });
    }
  }
  return result;
}

function growthTable(all: Slope[]): string[] {
  const lines = [
    '| Series | Range | Library (ms per unit) | L1 (ms per unit) | Ratio | Library (KiB per unit) | L1 (KiB per unit) |',
    '|---|---|--:|--:|--:|--:|--:|',
  ];
  for (const slope of all) {
    lines.push(
      `| ${slope.series} | ${slope.from} → ${slope.to} | ${slope.msPerUnit.library.toFixed(3)} | ${slope.msPerUnit.l1.toFixed(3)} ` +
        `| ${ratio(slope.msPerUnit.library, slope.msPerUnit.l1)} | ${slope.kibPerUnit.library.toFixed(1)} | ${slope.kibPerUnit.l1.toFixed(1)} |`,
    );
  }
  return lines;
}

/** Lists every ratio above {@link RATIO_LIMIT} and every series whose per-unit cost grows by more than {@link GROWTH_LIMIT}. */
function findings(measured: MeasuredWorkload[], all: Slope[]): string[] {
  const lines: string[] = [];
  for (const entry of measured) {
    const library = medians(entry.samples.library);
    const l1 = medians(entry.samples.l1);
    const timeRatio = library.inProcessMs / l1.inProcessMs;
    const buildRatio = library.buildMs / l1.buildMs;
    if (timeRatio > RATIO_LIMIT || buildRatio > RATIO_LIMIT) {
      const cause =
        buildRatio <= RATIO_LIMIT
          ? `; construct and synth take ${buildRatio.toFixed(2)} times as long, so loading the library's modules ` +
            `(${ms(library.requireMs)} ms against ${ms(l1.requireMs)} ms) makes the difference`
          : `; construct and synth alone take ${buildRatio.toFixed(2)} times as long`;
      lines.push(`- ${entry.workload.name}: the library takes ${timeRatio.toFixed(2)} times the in-process time of the L1 version${cause}.`);
    }
    const memoryRatio = library.maxRssKib / l1.maxRssKib;
    if (memoryRatio > RATIO_LIMIT) {
      lines.push(`- ${entry.workload.name}: the library's peak memory is ${memoryRatio.toFixed(2)} times the L1 version's.`);
    }
  }
  for (const series of ['repositories', 'node pools'] as const) {
    const ranges = all.filter((slope) => slope.series === series);
    for (let i = 1; i < ranges.length; i++) {
      for (const variant of ['library', 'l1'] as const) {
        const growth = ranges[i].msPerUnit[variant] / ranges[i - 1].msPerUnit[variant];
        if (growth > GROWTH_LIMIT) {
          lines.push(
            `- ${series}, ${variant === 'l1' ? 'L1' : 'library'}: the time per added unit grows ${growth.toFixed(1)} times from ` +
              `${ranges[i - 1].from} → ${ranges[i - 1].to} to ${ranges[i].from} → ${ranges[i].to}, faster than linear.`,
          );
        }
      }
    }
  }
  return lines.length > 0 ? lines : [`- None: every ratio is at most ${RATIO_LIMIT} and every series grows linearly.`];
}

function loadTable(input: ResultsInput): string[] {
  const lines = ['| Measure | Median | Runs |', '|---|--:|--:|'];
  if (input.buildMs) {
    lines.push(`| Library build, \`tsc -p tsconfig.json\` (wall) | ${(median(input.buildMs) / 1000).toFixed(1)} s | ${input.buildMs.length} |`);
  }
  const packageMs = median(input.packageRequire.map((result) => result.requireMs));
  const cdktfMs = median(input.cdktfRequire.map((result) => result.requireMs));
  lines.push(`| Cold \`require('dist/lib/index.js')\` | ${ms(packageMs)} ms | ${input.packageRequire.length} |`);
  lines.push(`| Cold \`require('cdktf')\` alone, included in the line above | ${ms(cdktfMs)} ms | ${input.cdktfRequire.length} |`);
  lines.push(
    `| maxRSS after \`require('dist/lib/index.js')\` | ${mib(median(input.packageRequire.map((result) => result.maxRssKib)))} MiB | ${input.packageRequire.length} |`,
  );
  return lines;
}

/** Formats the results page: machine, summary table, phases, growth, build and load times, findings. */
export function formatResults(input: ResultsInput): string {
  const all = slopes(input.measured);
  const sections: string[][] = [
    ['## Setup', '', ...machineSection(input)],
    [
      '## Library against L1 bindings',
      '',
      'Medians; ratios are library/L1. Process wall is spawn to exit of a fresh `node` process, as run.ts sees it. In-process ' +
        'is the time inside that process from loading the workload module (cdktf is loaded first, since both variants need it) ' +
        'to the end of `app.synth()`; construct + synth is the same without loading the modules. maxRSS is the peak resident ' +
        `set size from \`process.resourceUsage()\`. Ratios above ${RATIO_LIMIT} are in bold; the phases table has the absolute times.`,
      '',
      ...input.measured.map((entry) => `- ${entry.workload.name}: ${entry.workload.description}`),
      '',
      ...summaryTable(input.measured),
    ],
    ['## Phases', '', ...phaseTable(input.measured)],
  ];
  if (all.length > 0) {
    sections.push([
      '## Growth',
      '',
      'Cost per added repository (repositories series) or node pool (node pools series, 1,000 repositories, each pool pulling ' +
        'from every tenth repository, so one node pool adds 100 grants): the difference of the in-process medians and of maxRSS ' +
        'between two scales, divided by the units added.',
      '',
      ...growthTable(all),
    ]);
  }
  sections.push(['## Build and load', '', ...loadTable(input)]);
  sections.push(['## Flags', '', ...findings(input.measured, all)]);
  return sections.map((section) => section.join('\n')).join('\n\n') + '\n';
}

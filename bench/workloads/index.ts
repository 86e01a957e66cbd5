/**
 * The workloads bench/run.ts measures. Each one has two modules under this folder that export
 * `build(app: App, params): void` and synthesize the same Terraform document: `library` through
 * this package's constructs, `l1` through the generated bindings in lib/generated only.
 */

/** A scaling series a workload belongs to, for the cost per added unit. */
export interface SeriesPoint {
  /** The quantity that grows along the series. */
  readonly series: 'repositories' | 'node pools';
  /** How many of it this workload has. */
  readonly count: number;
}

/** One workload: what to build, through which modules, and in which mode. */
export interface Workload {
  /** Name in the results table. */
  readonly name: string;
  /** One line on what the app contains. */
  readonly description: string;
  /** Module built with the library's constructs, relative to this folder, without extension. */
  readonly library: string;
  /** Module built with the generated bindings only, relative to this folder, without extension. */
  readonly l1: string;
  /** Parameters passed to both modules' `build`. */
  readonly params: Record<string, number>;
  /** Whether `--quick` runs it. Every workload runs in the full mode. */
  readonly quick: boolean;
  /** The scaling series the workload is a point of. @default - none */
  readonly point?: SeriesPoint;
}

/** Parameters of the mixed platform: repositories, node pools, and which repositories each pool pulls from. */
export interface MixedPlatformParams {
  /** Number of repositories. */
  readonly repositories: number;
  /** Number of node pools. */
  readonly nodePools: number;
  /** Every pool pulls from repositories 0, pullEvery, 2 * pullEvery, ... */
  readonly pullEvery: number;
}

function repositories(count: number, quick: boolean): Workload {
  return {
    name: `repositories-${count}`,
    description: `${count} repositories and their environment, no grants`,
    library: 'repositories/library',
    l1: 'repositories/l1',
    params: { count },
    quick,
    point: { series: 'repositories', count },
  };
}

function mixed(params: MixedPlatformParams, quick: boolean, point?: SeriesPoint): Workload {
  return {
    name: `mixed-${params.repositories}r-${params.nodePools}p`,
    description:
      `network, cluster, ${params.repositories} repositories, ${params.nodePools} node pools, ` +
      `each pool granted pull on every ${ordinal(params.pullEvery)} repository`,
    library: 'mixed/library',
    l1: 'mixed/l1',
    params: { ...params },
    quick,
    point,
  };
}

function ordinal(n: number): string {
  return n === 1 ? '' : `${n}th`;
}

/** Every workload, in the order the bench runs them. */
export const WORKLOADS: readonly Workload[] = [
  {
    name: 'platform',
    description: 'the full platform example, examples/platform/main.ts',
    library: 'platform/library',
    l1: 'platform/l1',
    params: {},
    quick: true,
  },
  repositories(10, true),
  repositories(100, false),
  repositories(1000, false),
  mixed({ repositories: 20, nodePools: 2, pullEvery: 10 }, true),
  mixed({ repositories: 1000, nodePools: 10, pullEvery: 10 }, false, { series: 'node pools', count: 10 }),
  mixed({ repositories: 1000, nodePools: 25, pullEvery: 10 }, false, { series: 'node pools', count: 25 }),
  mixed({ repositories: 1000, nodePools: 50, pullEvery: 10 }, false, { series: 'node pools', count: 50 }),
];

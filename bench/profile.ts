import * as fs from 'fs';
import * as path from 'path';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) this reader uses. */
interface CpuProfile {
  readonly nodes: Array<{
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: number[];
  }>;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** Returns the area a function's code belongs to (library, bindings, a package, node), for the per-area totals. */
function area(url: string, root: string): string {
  const file = url.startsWith('file://') ? url.slice('file://'.length) : url;
  if (file === '') {
    return '(V8: garbage collection, idle, program)';
  }
  if (file.startsWith('node:')) {
    return 'node internals';
  }
  const relative = path.relative(root, file);
  if (relative.startsWith(path.join('dist', 'lib', 'generated'))) {
    return 'generated bindings';
  }
  if (relative.startsWith(path.join('dist', 'lib'))) {
    return 'library';
  }
  if (relative.startsWith(path.join('dist', 'bench')) || relative.startsWith(path.join('dist', 'examples'))) {
    return 'workload';
  }
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(relative);
  return match ? match[1] : relative;
}

/**
 * Prints where a CPU profile spends its time: totals per area (library, bindings, cdktf, ...) and
 * the functions with the most self time. Self time of a sample is the delta that follows it.
 */
export function printProfile(file: string, root: string): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parentOf.set(child, node.id);
    }
  }

  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
  }

  const functionKey = (id: number): string => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${path.relative(root, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
    return `${functionName || '(anonymous)'} ${where}`.trim();
  };

  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  const ownTotal = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const { url } = byId.get(id)!.callFrame;
    const key = functionKey(id);
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);

    // Total time of the library's and the workload's functions: every such function on the
    // sample's stack gets the sample once, however often it recurses.
    const onStack = new Set<string>();
    for (let frame: number | undefined = id; frame !== undefined; frame = parentOf.get(frame)) {
      const frameArea = area(byId.get(frame)!.callFrame.url, root);
      if (frameArea === 'library' || frameArea === 'workload') {
        onStack.add(functionKey(frame));
      }
    }
    for (const key of onStack) {
      ownTotal.set(key, (ownTotal.get(key) ?? 0) + us);
    }

    const areaName = area(url, root);
    byArea.set(areaName, (byArea.get(areaName) ?? 0) + us);
    totalUs += us;
  }

  const print = (title: string, entries: Map<string, number>, limit: number): void => {
    console.log(`\n${title}`);
    for (const [key, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
      console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${key}`);
    }
  };
  console.log(`Sampled ${(totalUs / 1000).toFixed(0)} ms in ${file}`);
  print('Self time per area:', byArea, 20);
  print('Functions with the most self time:', byFunction, 30);
  print('Library and workload functions with the most total time (self and callees):', ownTotal, 30);
}

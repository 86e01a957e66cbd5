import * as fs from 'fs';
import * as path from 'path';

/** One place where two synthesized documents differ. */
export interface DocumentDifference {
  /** Stack name and JSON path, such as `platform: resource.oci_identity_policy.x.statements[3]`. */
  readonly path: string;
  /** Value in the document synthesized through the library, or `(missing)`. */
  readonly library: string;
  /** Value in the document synthesized through the L1 bindings, or `(missing)`. */
  readonly l1: string;
}

const MISSING = '(missing)';

/**
 * Reads every stack that `app.synth()` wrote to `outdir`, keyed by stack name, with cdktf's `//`
 * metadata removed. The stack list comes from the `manifest.json` cdktf writes next to the stacks.
 */
export function readSynthesizedStacks(outdir: string): Map<string, unknown> {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const stacks = new Map<string, unknown>();
  for (const [name, entry] of Object.entries<any>(manifest.stacks)) {
    const document = JSON.parse(fs.readFileSync(path.join(outdir, entry.synthesizedStackPath), 'utf8'));
    stacks.set(name, withoutMetadata(document));
  }
  return stacks;
}

/**
 * Compares the stacks of two synthesized apps: resources, data sources, providers, outputs, the
 * `terraform` block and every attribute value. Key order is ignored, array order is not (policy
 * statements and `depends_on` lists are ordered in the output). Returns at most `limit` differences.
 */
export function compareApps(library: Map<string, unknown>, l1: Map<string, unknown>, limit = 20): DocumentDifference[] {
  const differences: DocumentDifference[] = [];
  const names = [...new Set([...library.keys(), ...l1.keys()])].sort();
  for (const name of names) {
    if (!library.has(name) || !l1.has(name)) {
      differences.push({
        path: `stack ${name}`,
        library: library.has(name) ? 'present' : MISSING,
        l1: l1.has(name) ? 'present' : MISSING,
      });
      continue;
    }
    compareValues(library.get(name), l1.get(name), name + ':', differences, limit);
  }
  return differences.slice(0, limit);
}

/** Counts resources and data sources over all stacks, for the results table. */
export function countBlocks(stacks: Map<string, unknown>): { resources: number; dataSources: number } {
  let resources = 0;
  let dataSources = 0;
  for (const document of stacks.values()) {
    const { resource = {}, data = {} } = document as { resource?: Record<string, object>; data?: Record<string, object> };
    resources += Object.values(resource).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
    dataSources += Object.values(data).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
  }
  return { resources, dataSources };
}

function withoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutMetadata);
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key !== '//') {
        copy[key] = withoutMetadata(item);
      }
    }
    return copy;
  }
  return value;
}

function compareValues(library: unknown, l1: unknown, where: string, differences: DocumentDifference[], limit: number): void {
  if (differences.length >= limit) {
    return;
  }

  if (Array.isArray(library) && Array.isArray(l1)) {
    const length = Math.max(library.length, l1.length);
    for (let i = 0; i < length; i++) {
      compareValues(i < library.length ? library[i] : undefined, i < l1.length ? l1[i] : undefined, `${where}[${i}]`, differences, limit);
    }
    return;
  }

  if (isObject(library) && isObject(l1)) {
    const keys = [...new Set([...Object.keys(library), ...Object.keys(l1)])].sort();
    for (const key of keys) {
      compareValues(library[key], l1[key], where.endsWith(':') ? `${where} ${key}` : `${where}.${key}`, differences, limit);
    }
    return;
  }

  if (library !== l1) {
    differences.push({ path: where, library: describe(library), l1: describe(l1) });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) {
    return MISSING;
  }
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/**
 * The typed configuration of one environment (config/<environment>.json) and its loader.
 *
 * The loader checks every file before any construct exists, so a bad value stops the app with the
 * file, the key, the value and what is allowed, instead of a construct error or a failed plan.
 */
import * as fs from 'fs';
import { z } from 'zod';
import { describeOcidKinds, OcidKind, ocidKind } from '../../lib/core/ocid';
import { knownRegions } from '../../lib/core/regions';
import { formatValue } from '../../lib/core/validation';
import { tryParseIpv4Cidr } from '../../lib/core/cidr';
import { parseKubernetesVersion } from '../../lib/oke/kubernetes-version';
import { knownFlexShapes } from '../../lib/oke/shapes';

/** Builds zod's `error` option: the rule, prefixed with "is missing" when the key is absent. */
function rule(text: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? `is missing: ${text}` : text) };
}

function ocid(kinds: OcidKind[]) {
  const text = `must be an OCID of the form ${describeOcidKinds(kinds)}`;
  return z.string(rule(text)).refine((value) => kinds.includes(ocidKind(value) as OcidKind), rule(text));
}

function region() {
  const text = `must be a known OCI region: one of ${knownRegions().join(', ')}`;
  return z.string(rule(text)).refine((value) => knownRegions().includes(value), rule(text));
}

function cidr() {
  const text = 'must be an IPv4 CIDR block such as 10.0.0.0/16, with no host bits set';
  return z.string(rule(text)).refine((value) => tryParseIpv4Cidr(value) !== undefined, rule(text));
}

const PLATFORM_NAME_RULE = 'must be 1 to 63 lowercase letters, digits and hyphens, starting with a letter';
const REPOSITORY_RULE = 'must be a repository name of lowercase letters, digits and the separators ".", "_", "-" and "/", starting with a letter or digit';
const NODE_POOL_NAME_RULE = 'is not a node pool name: use 1 to 63 letters, digits and hyphens, starting with a letter';
const KUBERNETES_VERSION_RULE = 'must be a Kubernetes version of the form v<major>.<minor>.<patch>, such as v1.31.1';

const nodePoolSchema = z.strictObject(
  {
    size: z.number(rule('must be a whole number of 0 or more')).int(rule('must be a whole number of 0 or more')).min(0, rule('must be a whole number of 0 or more')),
    shape: z
      .string(rule(`must be a flexible shape: one of ${knownFlexShapes().join(', ')}`))
      .refine((value) => knownFlexShapes().includes(value), rule(`must be a flexible shape: one of ${knownFlexShapes().join(', ')}`))
      .optional(),
    ocpus: z.number(rule('must be a number of OCPUs greater than 0')).positive(rule('must be a number of OCPUs greater than 0')).optional(),
    memoryInGbs: z.number(rule('must be a memory size in GB greater than 0')).positive(rule('must be a memory size in GB greater than 0')).optional(),
  },
  rule('must be an object with size and optionally shape, ocpus and memoryInGbs'),
);

/** Schema of one environment's configuration file. */
export const environmentConfigSchema = z.strictObject(
  {
    name: z.string(rule(PLATFORM_NAME_RULE)).regex(/^[a-z][a-z0-9-]{0,62}$/, rule(PLATFORM_NAME_RULE)),
    region: region(),
    homeRegion: region().optional(),
    tenancyOcid: ocid(['tenancy']),
    compartmentOcid: ocid(['compartment', 'tenancy']),
    networkCompartmentOcid: ocid(['compartment', 'tenancy']).optional(),
    state: z.strictObject(
      {
        namespace: z.string(rule('must be the Object Storage namespace that `oci os ns get` prints')).regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, rule('must be the Object Storage namespace that `oci os ns get` prints')),
        bucket: z.string(rule('must be the name of the state bucket: letters, digits, hyphens and underscores')).regex(/^[A-Za-z0-9_-]+$/, rule('must be the name of the state bucket: letters, digits, hyphens and underscores')),
        region: region().optional(),
        keyPrefix: z.string(rule('must be a folder path such as platform or teams/web')).optional(),
      },
      rule('must be an object with namespace, bucket and optionally region and keyPrefix'),
    ),
    kubernetesVersion: z.string(rule(KUBERNETES_VERSION_RULE)).refine((value) => parseKubernetesVersion(value) !== undefined, rule(KUBERNETES_VERSION_RULE)),
    vcnCidr: cidr(),
    apiEndpointAllowedCidrs: z.array(cidr(), rule('must be a list of IPv4 CIDR blocks')).optional(),
    nodePools: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,62}$/), nodePoolSchema, rule('must be an object of node pools by name'))
      .refine((pools) => Object.keys(pools).length > 0, rule('must contain at least one node pool')),
    repositories: z
      .array(z.string(rule(REPOSITORY_RULE)).regex(/^[a-z0-9][a-z0-9._\/-]*$/, rule(REPOSITORY_RULE)), rule('must be a list of repository names'))
      .refine((names) => new Set(names).size === names.length, rule('must not list a repository twice')),
  },
  rule('must be a JSON object'),
);

/** One environment's configuration, as the schema checks it. */
export type EnvironmentConfig = z.infer<typeof environmentConfigSchema>;

/** One broken rule in a configuration file. */
export interface ConfigProblem {
  /** Key path, such as `nodePools.general.size`. */
  readonly key: string;
  /** The value found, undefined when the key is missing. */
  readonly value: unknown;
  /** The rule the value breaks, such as `must be a whole number of 0 or more`. */
  readonly rule: string;
}

/**
 * Error thrown when an environment's configuration file is missing, unreadable or invalid. For an
 * invalid file it lists every problem at once.
 */
export class EnvironmentConfigError extends Error {
  constructor(
    /** Path of the file as the app was given it. */
    public readonly file: string,
    /** Problem of the file as a whole, such as `is invalid` or `is missing: ...`. */
    public readonly summary: string,
    /** The broken rules, empty when the file could not be read. */
    public readonly problems: readonly ConfigProblem[] = [],
  ) {
    const lines = problems.map((problem) => `  - ${problem.key}: ${formatValue(problem.value)} ${problem.rule}`);
    super(`Environment configuration '${file}' ${summary}${lines.length > 0 ? `:\n${lines.join('\n')}` : ''}`);
    this.name = 'EnvironmentConfigError';
  }
}

/** Reads and checks one configuration file. Throws an {@link EnvironmentConfigError} naming the file. */
export function loadEnvironmentConfig(file: string): EnvironmentConfig {
  if (!fs.existsSync(file)) {
    throw new EnvironmentConfigError(file, "is missing: create it, for example from another environment's file");
  }

  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EnvironmentConfigError(file, `is not valid JSON: ${(error as Error).message}`);
  }

  const result = environmentConfigSchema.safeParse(data);
  if (!result.success) {
    throw new EnvironmentConfigError(file, 'is invalid', result.error.issues.flatMap((issue) => toProblems(issue, data)));
  }
  return result.data;
}

function toProblems(issue: z.core.$ZodIssue, data: unknown): ConfigProblem[] {
  const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  if (issue.code === 'unrecognized_keys') {
    const parent = valueAt(data, path);
    return issue.keys.map((key) => ({
      key: formatKey([...path, key]),
      value: (parent as Record<string, unknown>)[key],
      rule: 'is not a setting of this file: remove it or correct its name',
    }));
  }
  if (issue.code === 'invalid_key') {
    return [{ key: formatKey(path), value: path[path.length - 1], rule: NODE_POOL_NAME_RULE }];
  }
  return [{ key: formatKey(path), value: valueAt(data, path), rule: issue.message }];
}

/** Formats a key path the way the library names properties, such as `nodePools.general.size` or `repositories[2]`. */
function formatKey(path: (string | number)[]): string {
  if (path.length === 0) {
    return '(root)';
  }
  let key = '';
  for (const part of path) {
    if (typeof part === 'number') {
      key += `[${part}]`;
    } else {
      key += key === '' ? part : `.${part}`;
    }
  }
  return key;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

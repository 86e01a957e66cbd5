import { isUnresolved, Validator } from '../core/validation';

/** A Kubernetes version split into its numbers. */
export interface KubernetesVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

// OKE names versions `v<major>.<minor>.<patch>`, such as v1.31.1; every release so far has major 1.
const VERSION_PATTERN = /^v1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/** Rule text for a malformed version, shared by the cluster and node pool checks. */
export const VERSION_FORMAT_RULE = 'must have the form v1.<minor>.<patch>, such as v1.31.1';

/** Returns the numbers of an OKE version string such as `v1.31.1`, or undefined when it is malformed. */
export function parseKubernetesVersion(version: string): KubernetesVersion | undefined {
  const match = VERSION_PATTERN.exec(version);
  if (!match) {
    return undefined;
  }
  return { major: 1, minor: Number(match[1]), patch: Number(match[2]) };
}

/** Compares two versions: negative when `a` is older than `b`, 0 when equal, positive when newer. */
export function compareKubernetesVersions(a: KubernetesVersion, b: KubernetesVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * Returns how many minor versions a node pool may lag behind a control plane of minor version
 * `controlPlaneMinor`. OKE follows the upstream skew policy: kubelets may be two minor versions
 * older than the API server, and three from Kubernetes 1.28 on (OKE page "Kubernetes Versions and
 * Kubernetes Engine", upstream "Version Skew Policy").
 */
export function maxNodePoolMinorSkew(controlPlaneMinor: number): number {
  return controlPlaneMinor >= 28 ? 3 : 2;
}

/** Records a problem unless `version` is a well-formed OKE version. Unresolved tokens pass. */
export function checkKubernetesVersionFormat(validator: Validator, property: string, version: string): void {
  if (isUnresolved(version)) {
    return;
  }
  validator.check(property, version, parseKubernetesVersion(version) !== undefined, VERSION_FORMAT_RULE);
}

/**
 * Records a problem when a node pool's version is newer than its control plane's, or older than the
 * skew policy allows. Malformed or unresolved versions are left to the format check.
 */
export function checkNodePoolVersionSkew(validator: Validator, property: string, poolVersion: string, clusterVersion: string): void {
  if (isUnresolved(poolVersion) || isUnresolved(clusterVersion)) {
    return;
  }
  const pool = parseKubernetesVersion(poolVersion);
  const cluster = parseKubernetesVersion(clusterVersion);
  if (!pool || !cluster) {
    return;
  }

  if (compareKubernetesVersions(pool, cluster) > 0) {
    validator.add(property, poolVersion, `must not be newer than the cluster's Kubernetes version ${clusterVersion}`);
    return;
  }
  const skew = maxNodePoolMinorSkew(cluster.minor);
  const oldestMinor = cluster.minor - skew;
  if (pool.minor < oldestMinor) {
    validator.add(
      property,
      poolVersion,
      `must be at most ${skew} minor versions older than the cluster's Kubernetes version ${clusterVersion}: use v1.${oldestMinor}.<patch> or newer`,
    );
  }
}

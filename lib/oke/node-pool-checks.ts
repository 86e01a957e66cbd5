import { isUnresolved, Validator } from '../core/validation';
import {
  FlexShapeLimits,
  knownFlexShapes,
  MAX_MEMORY_PER_OCPU_IN_GBS,
  MAX_PODS_PER_NODE,
  maxPodsPerNodeForOcpus,
  maxVnicAttachments,
  MIN_MEMORY_PER_OCPU_IN_GBS,
  POD_IPS_PER_VNIC,
} from './shapes';

/** Smallest boot volume in GB (OCI API `bootVolumeSizeInGBs`: minimum 50 GB). */
export const MIN_BOOT_VOLUME_SIZE_IN_GBS = 50;
/** Largest boot volume in GB (OCI API: maximum 32,768 GB, 32 TB). */
export const MAX_BOOT_VOLUME_SIZE_IN_GBS = 32768;

function isWholeNumber(value: number): boolean {
  return Number.isInteger(value);
}

/** Records problems of the OCPU count and memory of a flexible shape. */
export function checkShapeConfig(validator: Validator, limits: FlexShapeLimits | undefined, shape: string, ocpus: number, memoryInGbs: number): void {
  if (!limits) {
    if (!isUnresolved(shape)) {
      validator.add('shape', shape, `is not a flexible shape with known limits: use one of ${knownFlexShapes().join(', ')}`);
    }
    return;
  }

  const ocpusValid = isWholeNumber(ocpus) && ocpus >= 1 && ocpus <= limits.maxOcpus;
  validator.check('ocpus', ocpus, ocpusValid, `must be a whole number from 1 to ${limits.maxOcpus} for ${limits.shape}`);
  const memoryValid = typeof memoryInGbs === 'number' && memoryInGbs >= 1 && memoryInGbs <= limits.maxMemoryInGbs;
  validator.check('memoryInGbs', memoryInGbs, memoryValid, `must be from 1 to ${limits.maxMemoryInGbs} GB for ${limits.shape}`);
  if (!ocpusValid || !memoryValid || isUnresolved(ocpus) || isUnresolved(memoryInGbs)) {
    return;
  }

  const minimum = Math.max(1, ocpus * MIN_MEMORY_PER_OCPU_IN_GBS);
  const maximum = Math.min(limits.maxMemoryInGbs, ocpus * MAX_MEMORY_PER_OCPU_IN_GBS);
  const perOcpu = memoryInGbs / ocpus;
  if (perOcpu < MIN_MEMORY_PER_OCPU_IN_GBS || perOcpu > MAX_MEMORY_PER_OCPU_IN_GBS) {
    validator.add(
      'memoryInGbs',
      memoryInGbs,
      `must be from ${minimum} to ${maximum} GB for ${ocpus} OCPUs: ${limits.shape} allows ${MIN_MEMORY_PER_OCPU_IN_GBS} to ${MAX_MEMORY_PER_OCPU_IN_GBS} GB per OCPU`,
    );
  }
}

/** Records a problem unless the pool size is a whole number of 0 or more; OKE accepts empty pools. */
export function checkPoolSize(validator: Validator, size: number): void {
  validator.check('size', size, isWholeNumber(size) && size >= 0, 'must be a whole number of 0 or more');
}

/** Records problems of chosen availability domain indexes; `domainCount` is undefined when the region's count is unknown. */
export function checkAvailabilityDomainIndexes(validator: Validator, indexes: number[], region: string, domainCount: number | undefined): void {
  if (isUnresolved(indexes)) {
    return;
  }
  if (indexes.length === 0) {
    validator.add('availabilityDomainIndexes', indexes, 'must list at least one availability domain index: leave it undefined to use every availability domain');
    return;
  }
  const seen = new Set<number>();
  indexes.forEach((index, position) => {
    const property = `availabilityDomainIndexes[${position}]`;
    if (isUnresolved(index)) {
      return;
    }
    if (!isWholeNumber(index) || index < 0) {
      validator.add(property, index, 'must be a whole number of 0 or more');
    } else if (domainCount !== undefined && index >= domainCount) {
      const domains = domainCount === 1 ? '1 availability domain' : `${domainCount} availability domains`;
      validator.add(property, index, `is beyond the ${domains} of region ${region}: use an index from 0 to ${domainCount - 1}`);
    } else if (seen.has(index)) {
      validator.add(property, index, `repeats availability domain index ${index}: list each availability domain once`);
    }
    seen.add(index);
  });
}

/** Records a problem unless the boot volume size is a whole number of GB from 50 to 32768. */
export function checkBootVolumeSize(validator: Validator, sizeInGbs: number | undefined): void {
  if (sizeInGbs === undefined) {
    return;
  }
  validator.check(
    'bootVolumeSizeInGbs',
    sizeInGbs,
    isWholeNumber(sizeInGbs) && sizeInGbs >= MIN_BOOT_VOLUME_SIZE_IN_GBS && sizeInGbs <= MAX_BOOT_VOLUME_SIZE_IN_GBS,
    `must be a whole number of GB from ${MIN_BOOT_VOLUME_SIZE_IN_GBS} to ${MAX_BOOT_VOLUME_SIZE_IN_GBS}`,
  );
}

// Kubernetes label syntax ("Labels and Selectors"): a key is an optional DNS subdomain prefix of at most
// 253 characters and a slash, then a name of at most 63 characters. A value is empty or follows the name rule.
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

// kubelet refuses to start when --node-labels has a key in the kubernetes.io or k8s.io namespace (or a
// subdomain of either) other than these. Source: kubelet's flag validation (cmd/kubelet/app/options/options.go,
// ValidateKubeletFlags) and its allow-list (k8s.io/kubelet/pkg/apis/well_known_labels.go), from the
// NodeRestriction design (KEP-279).
// NOTE: OKE's documentation does not say how nodes get their initial labels; this check assumes kubelet's
// --node-labels, the way node bootstrap scripts pass registration labels.
const KUBELET_LABEL_NAMESPACES = ['kubelet.kubernetes.io', 'node.kubernetes.io'];
const KUBELET_LABELS = [
  'beta.kubernetes.io/arch',
  'beta.kubernetes.io/instance-type',
  'beta.kubernetes.io/os',
  'failure-domain.beta.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
  'kubernetes.io/arch',
  'kubernetes.io/hostname',
  'kubernetes.io/os',
  'node.kubernetes.io/instance-type',
  'topology.kubernetes.io/region',
  'topology.kubernetes.io/zone',
];

function isInNamespace(prefix: string, namespace: string): boolean {
  return prefix === namespace || prefix.endsWith(`.${namespace}`);
}

/** True when kubelet accepts the label key in --node-labels; `prefix` is the part before the slash. */
function isKubeletAllowedLabel(key: string, prefix: string | undefined): boolean {
  if (prefix === undefined || !(isInNamespace(prefix, 'kubernetes.io') || isInNamespace(prefix, 'k8s.io'))) {
    return true;
  }
  return KUBELET_LABELS.includes(key) || KUBELET_LABEL_NAMESPACES.some((namespace) => isInNamespace(prefix, namespace));
}

/**
 * Records problems of initial node labels: the Kubernetes label syntax, and keys in the kubernetes.io and
 * k8s.io namespaces that kubelet rejects in --node-labels.
 */
export function checkNodeLabels(validator: Validator, labels: Record<string, string> | undefined): void {
  if (!validator.requireObject('initialNodeLabels', labels)) {
    return;
  }
  for (const [key, value] of Object.entries(labels ?? {})) {
    const property = `initialNodeLabels['${key}']`;
    if (!isUnresolved(key)) {
      const slash = key.lastIndexOf('/');
      const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
      const name = slash >= 0 ? key.slice(slash + 1) : key;
      const prefixValid = prefix === undefined || (prefix.length <= 253 && LABEL_PREFIX.test(prefix));
      if (!prefixValid || name.length > 63 || !LABEL_NAME.test(name)) {
        validator.add(
          property,
          key,
          'is not a Kubernetes label key: expected an optional DNS subdomain prefix and a slash, then 1 to 63 letters, digits, -, _ or . that start and end with a letter or digit',
        );
      } else if (!isKubeletAllowedLabel(key, prefix)) {
        validator.add(
          property,
          key,
          "is in the kubernetes.io or k8s.io namespace, where kubelet's --node-labels accepts only keys under " +
            `${KUBELET_LABEL_NAMESPACES.map((namespace) => `${namespace}/`).join(' or ')} and the keys ${KUBELET_LABELS.join(', ')}, ` +
            'so kubelet would not start: use a key of your own domain, or label the nodes with kubectl once they have joined',
        );
      }
    }
    if (!isUnresolved(value) && value !== '' && (typeof value !== 'string' || value.length > 63 || !LABEL_NAME.test(value))) {
      validator.add(property, value, 'is not a Kubernetes label value: expected at most 63 letters, digits, -, _ or . that start and end with a letter or digit');
    }
  }
}

// OpenSSH public key line: key type, base64 key, optional comment.
const SSH_PUBLIC_KEY = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( .*)?$/;

/** Records a problem unless the key is one line in OpenSSH public key format. */
export function checkSshPublicKey(validator: Validator, key: string | undefined): void {
  if (key === undefined) {
    return;
  }
  validator.check('sshPublicKey', key, SSH_PUBLIC_KEY.test(key.trim()), "is not an OpenSSH public key: expected one line such as 'ssh-ed25519 AAAA... comment'");
}

/** Records problems of `max_pods_per_node` for a VCN-native pool of `ocpus` OCPUs of a flexible shape. */
export function checkMaxPodsPerNode(validator: Validator, maxPods: number, ocpus: number, shapeKnown: boolean): void {
  if (!isWholeNumber(maxPods) || maxPods < 1 || maxPods > MAX_PODS_PER_NODE) {
    validator.check('maxPodsPerNode', maxPods, false, `must be a whole number from 1 to ${MAX_PODS_PER_NODE}`);
    return;
  }
  if (!shapeKnown || isUnresolved(ocpus) || !isWholeNumber(ocpus) || ocpus < 1) {
    return;
  }
  const limit = maxPodsPerNodeForOcpus(ocpus);
  validator.check(
    'maxPodsPerNode',
    maxPods,
    maxPods <= limit,
    `must be at most ${limit} for ${ocpus} OCPUs: a node gets ${POD_IPS_PER_VNIC} pod IPs per VNIC beyond its first, and ${ocpus} OCPUs of a flexible shape attach ${maxVnicAttachments(ocpus)} VNICs`,
  );
}

const PERCENTAGE = /^([0-9]+)%$/;
const COUNT = /^[0-9]+$/;

/**
 * Records problems of a node cycling surge or unavailability value: a whole number from 0 to the
 * pool size, or a percentage from 0% to 100% (OKE API `NodePoolCyclingDetails`). Returns the
 * value as OKE takes it (a string), or undefined when it is invalid.
 */
export function checkCyclingValue(validator: Validator, property: string, value: number | string, poolSize: number): string | undefined {
  if (isUnresolved(value)) {
    return String(value);
  }
  const text = typeof value === 'number' ? String(value) : value;
  const percentage = PERCENTAGE.exec(text);
  if (percentage) {
    if (Number(percentage[1]) > 100) {
      validator.add(property, value, 'must be at most 100%');
      return undefined;
    }
    return text;
  }
  if (!COUNT.test(text)) {
    validator.add(property, value, "must be a whole number or a percentage such as '25%'");
    return undefined;
  }
  const sizeKnown = !isUnresolved(poolSize) && Number.isInteger(poolSize) && poolSize >= 0;
  if (sizeKnown && Number(text) > poolSize) {
    validator.add(property, value, `must be at most the pool size ${poolSize}, or a percentage`);
    return undefined;
  }
  return text;
}

/**
 * Returns the nodes that a valid cycling value allows for a pool of `poolSize` nodes: a count as it is,
 * a percentage of the pool size rounded up. Undefined when the value or the size is a token.
 *
 * NOTE: OKE documents a percentage as one of the pool size ("Balancing Service Availability and Cost When
 * Cycling Managed Nodes") but not how it rounds. Rounding up gives the most nodes it can mean.
 */
export function cyclingNodeCount(value: number | string, poolSize: number): number | undefined {
  if (isUnresolved(value) || isUnresolved(poolSize)) {
    return undefined;
  }
  const percentage = typeof value === 'string' ? PERCENTAGE.exec(value) : null;
  if (percentage) {
    return Math.ceil((poolSize * Number(percentage[1])) / 100);
  }
  return Number(value);
}

/** True when a cycling value is a known zero (`0` or `0%`). */
export function isZeroCyclingValue(value: string | undefined): boolean {
  return value !== undefined && !isUnresolved(value) && /^0+%?$/.test(value);
}

import { checkIpv4Cidr, Ipv4Cidr, tryParseIpv4Cidr } from '../core/cidr';
import { forEachKnown, isUnresolved, Validator } from '../core/validation';
import { CniType } from './network-interface';

/** Default Kubernetes pods CIDR block of a flannel cluster, OKE's own default (`kubernetes_network_config.pods_cidr`). */
export const DEFAULT_PODS_CIDR = '10.244.0.0/16';
/** Default Kubernetes services CIDR block, OKE's own default (`kubernetes_network_config.services_cidr`). */
export const DEFAULT_SERVICES_CIDR = '10.96.0.0/16';

/** With flannel, OKE gives every worker node a /25 of the pods CIDR for its pods. */
const FLANNEL_NODE_PREFIX_LENGTH = 25;

/** Maximum pod addresses on one secondary VNIC with VCN-native pod networking. */
const POD_ADDRESSES_PER_VNIC = 31;

/** The Kubernetes CIDR blocks of a cluster and the VCN they must stay clear of. */
export interface ClusterCidrs {
  /** The cluster's CNI; the pods CIDR matters only with flannel. */
  readonly cni: CniType;
  /** CIDR blocks of the cluster's VCN ({@link IOkeNetwork.vcnCidrs}); a list token, token blocks and invalid blocks are skipped. */
  readonly vcnCidrs: readonly string[];
  /** Pods CIDR of a flannel cluster. @default - OKE's default, 10.244.0.0/16 */
  readonly podsCidr?: string;
  /** CIDR of Kubernetes services (ClusterIPs). @default - OKE's default, 10.96.0.0/16 */
  readonly servicesCidr?: string;
  /** Property name of the pods CIDR in error messages. @default 'podsCidr' */
  readonly podsCidrProperty?: string;
  /** Property name of the services CIDR in error messages. @default 'servicesCidr' */
  readonly servicesCidrProperty?: string;
}

/**
 * Records a problem for each broken rule of a cluster's pods and services CIDR blocks: invalid syntax or
 * host bits, overlap with a VCN CIDR block, overlap with each other, and (flannel) a pods CIDR smaller
 * than one node's /25. Values left out are checked as OKE's defaults, because OKE applies those. Tokens pass.
 *
 * Source: OCI's "IPv4 CIDR Blocks and Kubernetes Engine (OKE)": the VCN and subnets must not overlap the
 * services CIDR, nor the pods CIDR with flannel, and flannel gives each node a /25 of the pods CIDR.
 */
export function checkClusterCidrs(validator: Validator, cidrs: ClusterCidrs): void {
  const podsProperty = cidrs.podsCidrProperty ?? 'podsCidr';
  const servicesProperty = cidrs.servicesCidrProperty ?? 'servicesCidr';
  const flannel = cidrs.cni === CniType.FLANNEL;
  const vcnBlocks: Ipv4Cidr[] = [];
  forEachKnown(cidrs.vcnCidrs, (cidr) => {
    const block = tryParseIpv4Cidr(cidr);
    if (block !== undefined) {
      vcnBlocks.push(block);
    }
  });

  const services = checkIpv4Cidr(validator, servicesProperty, cidrs.servicesCidr ?? DEFAULT_SERVICES_CIDR);
  const pods = flannel ? checkIpv4Cidr(validator, podsProperty, cidrs.podsCidr ?? DEFAULT_PODS_CIDR) : undefined;

  if (pods !== undefined) {
    const overlapped = vcnBlocks.find((block) => block.overlaps(pods));
    if (overlapped) {
      validator.add(podsProperty, pods.toString(), `overlaps the VCN CIDR block ${overlapped}: with flannel, pods need addresses outside the VCN`);
    }
    if (pods.prefixLength > FLANNEL_NODE_PREFIX_LENGTH) {
      validator.add(podsProperty, pods.toString(), `is smaller than /${FLANNEL_NODE_PREFIX_LENGTH}: OKE gives every node a /${FLANNEL_NODE_PREFIX_LENGTH} of the pods CIDR, so use /${FLANNEL_NODE_PREFIX_LENGTH} or larger`);
    }
  }

  if (services !== undefined) {
    const overlapped = vcnBlocks.find((block) => block.overlaps(services));
    if (overlapped) {
      validator.add(servicesProperty, services.toString(), `overlaps the VCN CIDR block ${overlapped}: Kubernetes services need addresses outside the VCN`);
    }
    if (pods !== undefined && pods.overlaps(services)) {
      validator.add(servicesProperty, services.toString(), `overlaps ${podsProperty} ${pods}: the pods and services CIDR blocks must not overlap`);
    }
  }
}

/** Number of nodes a flannel pods CIDR can hold, at one /25 per node; undefined when the CIDR is a token or invalid. */
export function flannelNodeCapacity(podsCidr: string): number | undefined {
  const pods = tryParseIpv4Cidr(podsCidr);
  if (pods === undefined) {
    return undefined;
  }
  return pods.prefixLength > FLANNEL_NODE_PREFIX_LENGTH ? 0 : 2 ** (FLANNEL_NODE_PREFIX_LENGTH - pods.prefixLength);
}

/** A node pool of a cluster, with the nodes it may run at once. */
export interface ClusterNodePool {
  /** Name of the pool in messages, such as its construct path. */
  readonly name: string;
  /** Number of nodes in the pool. */
  readonly nodeCount: number;
  /**
   * Extra nodes OKE may start while it cycles the pool's nodes (`maximumSurge` as a node count). They
   * take addresses like the pool's other nodes until the nodes they replace are gone.
   * @default 0
   */
  readonly surgeNodeCount?: number;
}

/** A node pool that takes addresses from a subnet. */
export interface SubnetNodePool extends ClusterNodePool {
  /** True when the subnet is the pool's worker subnet, where the primary VNIC of every node takes one address. */
  readonly isWorkerSubnet: boolean;
  /**
   * Maximum pods per node, when the subnet is the pool's VCN-native pod subnet.
   * @default - the pool's pods take no addresses from the subnet
   */
  readonly maxPodsPerNode?: number;
}

/** A subnet and the node pools that take addresses from it. */
export interface SubnetCapacityRequest {
  /** CIDR block of the subnet, such as {@link IOkeNetwork.workerSubnetCidr}. */
  readonly subnetCidr: string;
  /** Every node pool that takes addresses from the subnet. */
  readonly nodePools: readonly SubnetNodePool[];
}

/** Addresses a subnet must have for a {@link SubnetCapacityRequest}, and the addresses it has. */
export interface SubnetCapacity {
  /** Addresses the node pools take from the subnet, counting only pools whose node count and pods per node are known. */
  readonly neededAddresses: number;
  /** Addresses of the subnet left after OCI's three reserved ones. */
  readonly usableAddresses: number;
  /** True when the needed addresses fit. */
  readonly fits: boolean;
}

/**
 * Returns the addresses `nodeCount` nodes take from a subnet. In a worker subnet each node takes one.
 * In a VCN-native pod subnet each node takes one address per pod, allocated up front up to
 * `maxPodsPerNode`, plus the primary address of each secondary VNIC that carries them (31 pods per VNIC).
 */
export function subnetAddressesNeeded(nodeCount: number, maxPodsPerNode?: number): number {
  if (maxPodsPerNode === undefined) {
    return nodeCount;
  }
  // NOTE: newer VCN-native CNI versions can place more than 31 pod addresses on one VNIC (`ipCount`),
  // which needs fewer VNIC addresses, so this count is an upper bound for them.
  const vnicsPerNode = Math.ceil(maxPodsPerNode / POD_ADDRESSES_PER_VNIC);
  return nodeCount * (maxPodsPerNode + vnicsPerNode);
}

/** Returns the nodes a pool may run at once: its size plus the surge nodes of node cycling, when known. */
function nodesAtOnce(pool: ClusterNodePool): number {
  return pool.nodeCount + surgeNodes(pool);
}

// A surge that is a token counts as 0, so a reported overflow is real whatever it resolves to.
function surgeNodes(pool: ClusterNodePool): number {
  return pool.surgeNodeCount === undefined || isUnresolved(pool.surgeNodeCount) ? 0 : pool.surgeNodeCount;
}

/** Returns the addresses one node pool takes from a subnet that is its worker subnet, its pod subnet or both. */
function nodePoolAddressesNeeded(pool: SubnetNodePool): number {
  const nodeCount = nodesAtOnce(pool);
  const nodeAddresses = pool.isWorkerSubnet ? subnetAddressesNeeded(nodeCount) : 0;
  const podAddresses = pool.maxPodsPerNode === undefined ? 0 : subnetAddressesNeeded(nodeCount, pool.maxPodsPerNode);
  return nodeAddresses + podAddresses;
}

// A pool whose node count or pods per node is a token is left out of the sum, so a reported overflow
// is real whatever values Terraform resolves the tokens to.
function isKnownNodePool(pool: SubnetNodePool): boolean {
  return !isUnresolved(pool.nodeCount) && !isUnresolved(pool.maxPodsPerNode);
}

/**
 * Compares what a subnet has with what its node pools need, surge nodes of node cycling included. Pools
 * whose node count or pods per node is a token are left out. Returns undefined when the subnet CIDR is a
 * token or invalid.
 */
export function subnetCapacity(request: SubnetCapacityRequest): SubnetCapacity | undefined {
  const subnet = tryParseIpv4Cidr(request.subnetCidr);
  if (subnet === undefined) {
    return undefined;
  }
  const neededAddresses = request.nodePools.filter(isKnownNodePool).reduce((sum, pool) => sum + nodePoolAddressesNeeded(pool), 0);
  const usableAddresses = subnet.usableSubnetAddresses;
  return { neededAddresses, usableAddresses, fits: neededAddresses <= usableAddresses };
}

/**
 * Records one problem on `property` (shown with the subnet CIDR) when the subnet is too small for all the
 * node pools that share it, naming each pool, its size and its surge nodes. Passes when the subnet CIDR is
 * a token or an invalid block, and leaves out pools whose node count or pods per node is a token.
 */
export function checkSubnetCapacity(validator: Validator, property: string, request: SubnetCapacityRequest): void {
  const capacity = subnetCapacity(request);
  if (capacity === undefined || capacity.fits) {
    return;
  }

  const pools = request.nodePools.filter(isKnownNodePool);
  const hasPods = pools.some((pool) => pool.maxPodsPerNode !== undefined);
  const hasSurge = pools.some((pool) => surgeNodes(pool) > 0);
  const counting = countingRule(pools.some((pool) => pool.isWorkerSubnet), hasPods) + (hasSurge ? `, ${SURGE_RULE}` : '');
  const remedy = describeRemedies('a larger subnet', hasPods, hasSurge);
  const poolList = pools.map((pool) => `${pool.name} (${describeNodePool(pool)})`).join(', ');
  validator.add(
    property,
    request.subnetCidr,
    `has ${capacity.usableAddresses} usable addresses after OCI's 3 reserved, fewer than the ${capacity.neededAddresses} that its node pools need ` +
      `at ${counting}, so use ${remedy}. Node pools in the subnet: ${poolList}`,
  );
}

/**
 * Records one problem on `property` (shown with the pods CIDR) when the node pools of a flannel cluster,
 * surge nodes of node cycling included, have more nodes than the pods CIDR has /25 blocks: OKE gives every
 * node one. Passes when the CIDR is a token or invalid, and leaves out pools whose node count is a token.
 */
export function checkFlannelNodeCapacity(validator: Validator, property: string, podsCidr: string, nodePools: readonly ClusterNodePool[]): void {
  const capacity = flannelNodeCapacity(podsCidr);
  if (capacity === undefined) {
    return;
  }
  const pools = nodePools.filter((pool) => !isUnresolved(pool.nodeCount));
  const neededNodes = pools.reduce((sum, pool) => sum + nodesAtOnce(pool), 0);
  if (neededNodes <= capacity) {
    return;
  }

  const hasSurge = pools.some((pool) => surgeNodes(pool) > 0);
  const counting = hasSurge ? `, ${SURGE_RULE}` : '';
  const poolList = pools.map((pool) => `${pool.name} (${describeNodePool(pool)})`).join(', ');
  validator.add(
    property,
    podsCidr,
    `has room for ${countOf(capacity, 'node')} at one /${FLANNEL_NODE_PREFIX_LENGTH} per node, fewer than the ${neededNodes} nodes of the cluster's node pools${counting}, ` +
      `so use ${describeRemedies('a larger pods CIDR', false, hasSurge)}. Node pools: ${poolList}`,
  );
}

const SURGE_RULE = 'counting the surge nodes that node cycling adds';

// Describes how the needed addresses are counted, for the kinds of subnet use among the pools.
function countingRule(hasNodes: boolean, hasPods: boolean): string {
  const vnicRule = `one per secondary VNIC of ${POD_ADDRESSES_PER_VNIC} pods`;
  if (!hasPods) {
    return 'one address per node';
  }
  if (!hasNodes) {
    return `one address per pod up to maxPodsPerNode and ${vnicRule}`;
  }
  return `one address per node, one per pod up to maxPodsPerNode and ${vnicRule}`;
}

// Lists what makes the pools fit, such as `a larger subnet, fewer nodes or a lower maxPodsPerNode`.
function describeRemedies(larger: string, hasPods: boolean, hasSurge: boolean): string {
  const remedies = [larger, 'fewer nodes'];
  if (hasPods) {
    remedies.push('a lower maxPodsPerNode');
  }
  if (hasSurge) {
    remedies.push('a lower nodeCycling.maximumSurge');
  }
  return `${remedies.slice(0, -1).join(', ')} or ${remedies[remedies.length - 1]}`;
}

function describeNodePool(pool: ClusterNodePool & { maxPodsPerNode?: number }): string {
  const surge = surgeNodes(pool);
  const nodes = surge > 0 ? `${countOf(pool.nodeCount, 'node')} and ${countOf(surge, 'surge node')}` : countOf(pool.nodeCount, 'node');
  return pool.maxPodsPerNode === undefined ? nodes : `${nodes}, up to ${pool.maxPodsPerNode} pods each`;
}

function countOf(count: number, noun: string): string {
  return count === 1 ? `1 ${noun}` : `${count} ${noun}s`;
}

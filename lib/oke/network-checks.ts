import { checkIpv4Cidr, Ipv4Cidr, tryParseIpv4Cidr } from '../core/cidr';
import { isUnresolved, Validator } from '../core/validation';
import { CniType } from './network-interface';

/** OKE's pods CIDR when a cluster sets none (`kubernetes_network_config.pods_cidr`). */
const OKE_DEFAULT_PODS_CIDR = '10.244.0.0/16';
/** OKE's services CIDR when a cluster sets none (`kubernetes_network_config.services_cidr`). */
const OKE_DEFAULT_SERVICES_CIDR = '10.96.0.0/16';

/** With flannel, OKE gives every worker node a /25 of the pods CIDR for its pods. */
const FLANNEL_NODE_PREFIX_LENGTH = 25;

/** Maximum pod addresses on one secondary VNIC with VCN-native pod networking. */
const POD_ADDRESSES_PER_VNIC = 31;

/** The Kubernetes CIDR blocks of a cluster and the VCN they must stay clear of. */
export interface ClusterCidrs {
  /** The cluster's CNI; the pods CIDR matters only with flannel. */
  readonly cni: CniType;
  /** CIDR blocks of the cluster's VCN ({@link IOkeNetwork.vcnCidrs}); tokens and invalid blocks are skipped. */
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
  const vcnBlocks = cidrs.vcnCidrs.map((block) => tryParseIpv4Cidr(block)).filter((block): block is Ipv4Cidr => block !== undefined);

  const services = checkIpv4Cidr(validator, servicesProperty, cidrs.servicesCidr ?? OKE_DEFAULT_SERVICES_CIDR);
  const pods = flannel ? checkIpv4Cidr(validator, podsProperty, cidrs.podsCidr ?? OKE_DEFAULT_PODS_CIDR) : undefined;

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

/** A subnet and the nodes that take addresses from it. */
export interface SubnetCapacityRequest {
  /** CIDR block of the subnet, such as {@link IOkeNetwork.podSubnetCidr}. */
  readonly subnetCidr: string;
  /** Nodes placed in the subnet: every node pool that shares it, plus nodes added while a pool is upgraded (max surge). */
  readonly nodeCount: number;
  /**
   * Maximum pods per node, for the pod subnet of VCN-native pod networking.
   * @default - none: the subnet is a worker subnet, where every node takes one address
   */
  readonly maxPodsPerNode?: number;
}

/** Addresses a subnet must have for a {@link SubnetCapacityRequest}, and the addresses it has. */
export interface SubnetCapacity {
  /** Addresses the nodes take from the subnet. */
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

/** Compares what a subnet has with what the nodes need; undefined when an input is a token or the CIDR is invalid. */
export function subnetCapacity(request: SubnetCapacityRequest): SubnetCapacity | undefined {
  const subnet = tryParseIpv4Cidr(request.subnetCidr);
  if (subnet === undefined || isUnresolved(request.nodeCount) || isUnresolved(request.maxPodsPerNode)) {
    return undefined;
  }
  const neededAddresses = subnetAddressesNeeded(request.nodeCount, request.maxPodsPerNode);
  const usableAddresses = subnet.usableSubnetAddresses;
  return { neededAddresses, usableAddresses, fits: neededAddresses <= usableAddresses };
}

/**
 * Records a problem on `property` (shown with the node count) when the subnet is too small for the nodes.
 * Passes when the subnet CIDR is an invalid block or any input is a token.
 */
export function checkSubnetCapacity(validator: Validator, property: string, request: SubnetCapacityRequest): void {
  const capacity = subnetCapacity(request);
  if (capacity === undefined || capacity.fits) {
    return;
  }
  const perNode = request.maxPodsPerNode === undefined ? 'one address per node' : `up to ${request.maxPodsPerNode} pods per node plus their VNIC addresses`;
  const remedy = request.maxPodsPerNode === undefined ? 'use a larger subnet or fewer nodes' : 'use a larger subnet, fewer nodes or a lower maxPodsPerNode';
  validator.add(
    property,
    request.nodeCount,
    `nodes need ${capacity.neededAddresses} addresses in subnet ${request.subnetCidr} (${perNode}), but it has ${capacity.usableAddresses} usable after OCI's 3 reserved: ${remedy}`,
  );
}

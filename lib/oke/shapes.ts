/**
 * Limits of the flexible VM shapes that node pools accept.
 *
 * Source: Oracle's "Compute Shapes" page (docs.oracle.com/en-us/iaas/Content/Compute/References/computeshapes.htm),
 * tables "Flexible Shapes" and "VM Standard Shapes". For every shape there, memory is at least 1 GB per
 * OCPU and at most 64 GB per OCPU up to the shape's total. A VM gets 2 VNICs with 1 OCPU, then 1 VNIC
 * per OCPU, at most 24 VNICs. OCI raises these limits from time to time, so extend the table when it does.
 */

/** CPU architecture of a shape, as `oci_containerengine_node_pool_option` names it (`node_pool_os_arch`). */
export enum ShapeArchitecture {
  X86_64 = 'X86_64',
  AARCH64 = 'AARCH64',
}

/** OCPU, memory and VNIC limits of one flexible shape. */
export interface FlexShapeLimits {
  /** Shape name, such as `VM.Standard.E4.Flex`. */
  readonly shape: string;
  /** CPU architecture; node images must match it. */
  readonly architecture: ShapeArchitecture;
  /** Maximum OCPUs of one VM; the minimum is 1. */
  readonly maxOcpus: number;
  /** Maximum memory of one VM in GB; the minimum is 1 GB. */
  readonly maxMemoryInGbs: number;
}

/** Memory per OCPU that every flexible shape in the table allows, in GB. */
export const MIN_MEMORY_PER_OCPU_IN_GBS = 1;
/** Maximum memory per OCPU of every flexible shape in the table, in GB. */
export const MAX_MEMORY_PER_OCPU_IN_GBS = 64;
/** Maximum VNICs of a flexible VM, whatever its OCPU count. */
export const MAX_FLEX_VNICS = 24;

const SHAPES: readonly FlexShapeLimits[] = [
  { shape: 'VM.Standard3.Flex', architecture: ShapeArchitecture.X86_64, maxOcpus: 32, maxMemoryInGbs: 512 },
  { shape: 'VM.Standard.E4.Flex', architecture: ShapeArchitecture.X86_64, maxOcpus: 64, maxMemoryInGbs: 1024 },
  { shape: 'VM.Standard.E5.Flex', architecture: ShapeArchitecture.X86_64, maxOcpus: 126, maxMemoryInGbs: 1049 },
  { shape: 'VM.Standard.E6.Flex', architecture: ShapeArchitecture.X86_64, maxOcpus: 126, maxMemoryInGbs: 1454 },
  { shape: 'VM.Optimized3.Flex', architecture: ShapeArchitecture.X86_64, maxOcpus: 18, maxMemoryInGbs: 256 },
  { shape: 'VM.Standard.A1.Flex', architecture: ShapeArchitecture.AARCH64, maxOcpus: 76, maxMemoryInGbs: 472 },
  { shape: 'VM.Standard.A2.Flex', architecture: ShapeArchitecture.AARCH64, maxOcpus: 78, maxMemoryInGbs: 946 },
  { shape: 'VM.Standard.A4.Flex', architecture: ShapeArchitecture.AARCH64, maxOcpus: 45, maxMemoryInGbs: 700 },
];

/** Returns the limits of a flexible shape, or undefined when the shape is not in the table. */
export function flexShapeLimits(shape: string): FlexShapeLimits | undefined {
  return SHAPES.find((limits) => limits.shape === shape);
}

/** Names of the shapes in the table, in table order. */
export function knownFlexShapes(): string[] {
  return SHAPES.map((limits) => limits.shape);
}

/** Returns the number of VNICs a flexible VM with `ocpus` OCPUs can attach. */
export function maxVnicAttachments(ocpus: number): number {
  if (ocpus <= 1) {
    return 2;
  }
  return Math.min(Math.floor(ocpus), MAX_FLEX_VNICS);
}

/** Pod IP addresses one secondary VNIC carries with VCN-native pod networking. */
export const POD_IPS_PER_VNIC = 31;
/** Upper bound of `max_pods_per_node` that OKE accepts, whatever the shape. */
export const MAX_PODS_PER_NODE = 110;

/**
 * Returns the largest `max_pods_per_node` a VCN-native node with `ocpus` OCPUs supports: the first VNIC
 * serves the node, each other VNIC carries 31 pod IPs, and OKE caps the result at 110.
 * The OKE API documents only that the value is "limited by the number of VNICs attachable to the node
 * pool shape". NOTE: the 31-per-VNIC and 110 figures come from the OKE pages of Private Cloud Appliance
 * ("Node Shapes and Number of Pods"), because the OCI page was not available to check them against.
 */
export function maxPodsPerNodeForOcpus(ocpus: number): number {
  return Math.min((maxVnicAttachments(ocpus) - 1) * POD_IPS_PER_VNIC, MAX_PODS_PER_NODE);
}

/**
 * Values both variants of every workload use. This module imports nothing, so loading it costs
 * neither variant anything.
 */

/** Tenancy of the synthesized apps. */
export const TENANCY_OCID = 'ocid1.tenancy.oc1..aaaaaaaabenchtenancy';

/** Compartment of repositories, the network and the cluster. */
export const COMPARTMENT_OCID = 'ocid1.compartment.oc1..aaaaaaaabenchcompartment';

/** Region of the stack, which is also the home region, so that no region lookup is synthesized. */
export const REGION = 'us-ashburn-1';

/** Name of the single stack of the generated workloads. */
export const STACK_NAME = 'bench';

/** Kubernetes version of the cluster and its node pools. */
export const KUBERNETES_VERSION = 'v1.31.1';

/** Shape of every node pool. */
export const NODE_SHAPE = 'VM.Standard.E5.Flex';

import { IConstruct } from 'constructs';

/** Pod networking mode, which decides where pods get their IP addresses. Values are OKE's `cni_type`. */
export enum CniType {
  /** VCN-native pod networking: pods take IPs from a pod subnet through secondary VNICs. */
  VCN_NATIVE = 'OCI_VCN_IP_NATIVE',
  /** Flannel overlay: pods take IPs from the cluster's pods CIDR, outside the VCN. */
  FLANNEL = 'FLANNEL_OVERLAY',
}

/** The network an OKE cluster runs in: created by {@link OkeNetwork} or imported. */
export interface IOkeNetwork extends IConstruct {
  /** OCID of the VCN. */
  readonly vcnOcid: string;
  /** CIDR blocks of the VCN, when known at synth time (for overlap checks). */
  readonly vcnCidrs: string[];
  /** The CNI the security rules were written for. */
  readonly cni: CniType;
  /** OCID of the subnet of the Kubernetes API endpoint. */
  readonly apiEndpointSubnetOcid: string;
  /** True when the API endpoint subnet is public and the endpoint gets a public IP. */
  readonly apiEndpointIsPublic: boolean;
  /** OCIDs of network security groups for the API endpoint. */
  readonly apiEndpointNsgOcids: string[];
  /** OCID of the worker node subnet. */
  readonly workerSubnetOcid: string;
  /** CIDR of the worker subnet, when known at synth time (for capacity checks). */
  readonly workerSubnetCidr?: string;
  /** OCIDs of network security groups for worker nodes. */
  readonly workerNsgOcids: string[];
  /** OCID of the pod subnet; present with VCN-native pod networking. */
  readonly podSubnetOcid?: string;
  /** CIDR of the pod subnet, when known at synth time (for capacity checks). */
  readonly podSubnetCidr?: string;
  /** OCIDs of network security groups for pods; used with VCN-native pod networking. */
  readonly podNsgOcids: string[];
  /** OCIDs of the subnets where Kubernetes services of type LoadBalancer get their load balancers. */
  readonly loadBalancerSubnetOcids: string[];
  /**
   * OCIDs of network security groups for those load balancers. A load balancer joins them only when its
   * service names them in the `oci.oraclecloud.com/oci-network-security-groups` annotation.
   */
  readonly loadBalancerNsgOcids?: string[];
}

import { Construct } from 'constructs';
import { checkIpv4Cidr, Ipv4Cidr } from '../core/cidr';
import { checkOcid, OcidKind } from '../core/ocid';
import { forEachKnown, isUnresolvedList, Validator } from '../core/validation';
import { warnRisk } from '../core/warnings';
import { CniType, IOkeNetwork } from './network-interface';

/** Attributes of a network created outside this app, for {@link OkeNetwork.fromExisting}. */
export interface ExistingOkeNetworkProps {
  /** OCID of the VCN. */
  readonly vcnOcid: string;
  /** The CNI the network's security rules were written for. */
  readonly cni: CniType;
  /** OCID of the subnet for the Kubernetes API endpoint. */
  readonly apiEndpointSubnetOcid: string;
  /** True when the API endpoint subnet is public and the endpoint gets a public IP. @default false */
  readonly apiEndpointIsPublic?: boolean;
  /** OCID of the worker node subnet. */
  readonly workerSubnetOcid: string;
  /** OCID of the pod subnet; required with VCN-native pod networking, not allowed with flannel. @default - none */
  readonly podSubnetOcid?: string;
  /** OCIDs of the subnets for load balancers of Kubernetes services; may be empty. */
  readonly loadBalancerSubnetOcids: string[];
  /** OCIDs of network security groups for the API endpoint. @default - none */
  readonly apiEndpointNsgOcids?: string[];
  /** OCIDs of network security groups for worker nodes. @default - none */
  readonly workerNsgOcids?: string[];
  /** OCIDs of network security groups for pods; VCN-native pod networking only. @default - none */
  readonly podNsgOcids?: string[];
  /** OCIDs of network security groups for load balancers. @default - none */
  readonly loadBalancerNsgOcids?: string[];
  /** CIDR blocks of the VCN, when known, so clusters can check their pods and services CIDRs. @default - unknown */
  readonly vcnCidrs?: string[];
  /** CIDR of the worker subnet, when known, so that clusters can check its capacity for their node pools. @default - unknown */
  readonly workerSubnetCidr?: string;
  /** CIDR of the pod subnet, when known, so that clusters can check its capacity for their node pools. @default - unknown */
  readonly podSubnetCidr?: string;
}

/** An OKE network created elsewhere and referenced by OCID. Create it with {@link OkeNetwork.fromExisting}. */
export class ExistingOkeNetwork extends Construct implements IOkeNetwork {
  public readonly vcnOcid: string;
  public readonly vcnCidrs: string[];
  public readonly cni: CniType;
  public readonly apiEndpointSubnetOcid: string;
  public readonly apiEndpointIsPublic: boolean;
  public readonly apiEndpointNsgOcids: string[];
  public readonly workerSubnetOcid: string;
  public readonly workerSubnetCidr?: string;
  public readonly workerNsgOcids: string[];
  public readonly podSubnetOcid?: string;
  public readonly podSubnetCidr?: string;
  public readonly podNsgOcids: string[];
  public readonly loadBalancerSubnetOcids: string[];
  public readonly loadBalancerNsgOcids: string[];

  constructor(scope: Construct, id: string, props: ExistingOkeNetworkProps) {
    super(scope, id);
    validateExistingNetwork(new Validator(this, 'OkeNetwork.fromExisting'), props);

    this.vcnOcid = props.vcnOcid;
    this.vcnCidrs = props.vcnCidrs ?? [];
    this.cni = props.cni;
    this.apiEndpointSubnetOcid = props.apiEndpointSubnetOcid;
    this.apiEndpointIsPublic = props.apiEndpointIsPublic ?? false;
    this.apiEndpointNsgOcids = props.apiEndpointNsgOcids ?? [];
    this.workerSubnetOcid = props.workerSubnetOcid;
    this.workerSubnetCidr = props.workerSubnetCidr;
    this.workerNsgOcids = props.workerNsgOcids ?? [];
    this.podSubnetOcid = props.podSubnetOcid;
    this.podSubnetCidr = props.podSubnetCidr;
    this.podNsgOcids = props.podNsgOcids ?? [];
    this.loadBalancerSubnetOcids = props.loadBalancerSubnetOcids;
    this.loadBalancerNsgOcids = props.loadBalancerNsgOcids ?? [];

    if (this.apiEndpointIsPublic) {
      warnRisk(this, 'oci:public-api-endpoint', 'The Kubernetes API endpoint gets a public IP address: check that its network security groups admit only trusted clients.');
    }
  }
}

function validateExistingNetwork(validator: Validator, props: ExistingOkeNetworkProps): void {
  const requiredOcids: Array<[string, string, OcidKind, string]> = [
    ['vcnOcid', props.vcnOcid, 'vcn', 'give the OCID of the VCN'],
    ['apiEndpointSubnetOcid', props.apiEndpointSubnetOcid, 'subnet', 'give the OCID of the subnet of the Kubernetes API endpoint'],
    ['workerSubnetOcid', props.workerSubnetOcid, 'subnet', 'give the OCID of the worker node subnet'],
  ];
  for (const [property, ocid, kind, missing] of requiredOcids) {
    if (validator.requireString(property, ocid, { missing })) {
      checkOcid(validator, property, ocid, [kind]);
    }
  }
  checkOcid(validator, 'podSubnetOcid', props.podSubnetOcid, ['subnet']);
  validator.requireOneOf('cni', props.cni, Object.values(CniType), 'a CniType', { missing: 'give the CNI the network was built for, CniType.VCN_NATIVE or CniType.FLANNEL' });
  validator.requireBoolean('apiEndpointIsPublic', props.apiEndpointIsPublic);

  const loadBalancerSubnets = 'list the OCIDs of the load balancer subnets, or [] when the cluster creates no load balancers';
  if (validator.requireArray('loadBalancerSubnetOcids', props.loadBalancerSubnetOcids, { missing: loadBalancerSubnets })) {
    forEachKnown(props.loadBalancerSubnetOcids, (ocid, index) => checkOcid(validator, `loadBalancerSubnetOcids[${index}]`, ocid, ['subnet']));
  }

  const nsgLists: Array<[string, string[] | undefined]> = [
    ['apiEndpointNsgOcids', props.apiEndpointNsgOcids],
    ['workerNsgOcids', props.workerNsgOcids],
    ['podNsgOcids', props.podNsgOcids],
    ['loadBalancerNsgOcids', props.loadBalancerNsgOcids],
  ];
  for (const [property, ocids] of nsgLists) {
    if (validator.requireArray(property, ocids)) {
      forEachKnown(ocids, (ocid, index) => checkOcid(validator, `${property}[${index}]`, ocid, ['networksecuritygroup']));
    }
  }

  if (props.cni === CniType.VCN_NATIVE && props.podSubnetOcid === undefined) {
    validator.add('podSubnetOcid', undefined, 'is missing: VCN-native pod networking needs a pod subnet');
  }
  if (props.cni === CniType.FLANNEL) {
    const flannelRule = 'is only used with VCN-native pod networking: remove it or set cni to CniType.VCN_NATIVE';
    if (props.podSubnetOcid !== undefined) {
      validator.add('podSubnetOcid', props.podSubnetOcid, flannelRule);
    }
    if (Array.isArray(props.podNsgOcids) && (isUnresolvedList(props.podNsgOcids) || props.podNsgOcids.length > 0)) {
      validator.add('podNsgOcids', props.podNsgOcids, flannelRule);
    }
  }

  checkSubnetCidrs(validator, props);
  validator.throwIfInvalid();
}

// Compares the subnet CIDRs with the VCN blocks only when every block is known: a block that is a token
// might be the one that contains the subnet.
function checkSubnetCidrs(validator: Validator, props: ExistingOkeNetworkProps): void {
  let allVcnBlocksKnown = validator.requireArray('vcnCidrs', props.vcnCidrs) && !isUnresolvedList(props.vcnCidrs);
  const vcnBlocks: Ipv4Cidr[] = [];
  forEachKnown(props.vcnCidrs, (block, index) => {
    const parsed = checkIpv4Cidr(validator, `vcnCidrs[${index}]`, block);
    if (parsed !== undefined) {
      vcnBlocks.push(parsed);
    }
  });
  allVcnBlocksKnown = allVcnBlocksKnown && vcnBlocks.length > 0 && vcnBlocks.length === props.vcnCidrs!.length;

  const subnetCidrs: Array<[string, string | undefined]> = [
    ['workerSubnetCidr', props.workerSubnetCidr],
    ['podSubnetCidr', props.podSubnetCidr],
  ];
  for (const [property, value] of subnetCidrs) {
    const subnet = checkIpv4Cidr(validator, property, value);
    if (subnet !== undefined && allVcnBlocksKnown && !vcnBlocks.some((block) => block.contains(subnet))) {
      validator.add(property, value, `is not inside any VCN CIDR block (${vcnBlocks.join(', ')}): check the subnet and vcnCidrs`);
    }
  }
}

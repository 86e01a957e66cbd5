import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { OkeCluster, OkeClusterProps } from '../../lib/oke/cluster';
import { CniType, IOkeNetwork } from '../../lib/oke/network-interface';
import { COMPARTMENT, testStack } from '../helpers/stack';

export const VCN = 'ocid1.vcn.oc1.iad.aaaaaaaavcn';
export const API_SUBNET = 'ocid1.subnet.oc1.iad.aaaaaaaaapi';
export const WORKER_SUBNET = 'ocid1.subnet.oc1.iad.aaaaaaaaworkers';
export const POD_SUBNET = 'ocid1.subnet.oc1.iad.aaaaaaaapods';
export const LB_SUBNET = 'ocid1.subnet.oc1.iad.aaaaaaaalb';
export const API_NSG = 'ocid1.networksecuritygroup.oc1.iad.aaaaaaaaapinsg';
export const WORKER_NSG = 'ocid1.networksecuritygroup.oc1.iad.aaaaaaaaworkernsg';
export const POD_NSG = 'ocid1.networksecuritygroup.oc1.iad.aaaaaaaapodnsg';
export const KEY = 'ocid1.key.oc1.iad.aaaaaaaavault.aaaaaaaakey';

/** Overrides for {@link FakeOkeNetwork}. */
export type FakeNetworkProps = Partial<Omit<IOkeNetwork, 'node'>>;

/** An IOkeNetwork test double with fixed OCIDs and CIDRs: VCN 10.0.0.0/16, workers 10.0.1.0/24, pods 10.0.64.0/18. */
export class FakeOkeNetwork extends Construct implements IOkeNetwork {
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

  constructor(scope: Construct, id: string, props: FakeNetworkProps = {}) {
    super(scope, id);
    const cni = props.cni ?? CniType.VCN_NATIVE;
    const vcnNative = cni === CniType.VCN_NATIVE;
    this.vcnOcid = props.vcnOcid ?? VCN;
    this.vcnCidrs = props.vcnCidrs ?? ['10.0.0.0/16'];
    this.cni = cni;
    this.apiEndpointSubnetOcid = props.apiEndpointSubnetOcid ?? API_SUBNET;
    this.apiEndpointIsPublic = props.apiEndpointIsPublic ?? false;
    this.apiEndpointNsgOcids = props.apiEndpointNsgOcids ?? [API_NSG];
    this.workerSubnetOcid = props.workerSubnetOcid ?? WORKER_SUBNET;
    this.workerSubnetCidr = 'workerSubnetCidr' in props ? props.workerSubnetCidr : '10.0.1.0/24';
    this.workerNsgOcids = props.workerNsgOcids ?? [WORKER_NSG];
    // A key given as undefined removes the pod subnet default, so tests can model a network without one.
    const podSubnetDefault = vcnNative ? POD_SUBNET : undefined;
    const podCidrDefault = vcnNative ? '10.0.64.0/18' : undefined;
    this.podSubnetOcid = 'podSubnetOcid' in props ? props.podSubnetOcid : podSubnetDefault;
    this.podSubnetCidr = 'podSubnetCidr' in props ? props.podSubnetCidr : podCidrDefault;
    this.podNsgOcids = props.podNsgOcids ?? (vcnNative ? [POD_NSG] : []);
    this.loadBalancerSubnetOcids = props.loadBalancerSubnetOcids ?? [LB_SUBNET];
  }
}

/** Creates a stack with an environment in us-ashburn-1 and a fake network. */
export function okeStack(networkProps: FakeNetworkProps = {}): { stack: TerraformStack; network: FakeOkeNetwork } {
  const { stack } = testStack();
  const network = new FakeOkeNetwork(stack, 'network', networkProps);
  return { stack, network };
}

/** Creates a cluster named `main` with version v1.31.1 in a fresh stack. */
export function testCluster(props: Partial<OkeClusterProps> = {}, networkProps: FakeNetworkProps = {}): { stack: TerraformStack; cluster: OkeCluster } {
  const { stack, network } = okeStack(networkProps);
  const cluster = new OkeCluster(stack, 'cluster', {
    name: 'main',
    compartmentOcid: COMPARTMENT,
    kubernetesVersion: 'v1.31.1',
    network,
    ...props,
  });
  return { stack, cluster };
}

/**
 * Returns the one block of `type` in the synthesized JSON whose name starts with `prefix`, the construct
 * path below the stack joined with underscores (such as `cluster_general_resource`).
 */
export function block(json: any, kind: 'resource' | 'data', type: string, prefix: string): any {
  const blocks: Record<string, any> = json[kind]?.[type] ?? {};
  const names = Object.keys(blocks).filter((name) => name.startsWith(`${prefix}_`));
  if (names.length !== 1) {
    throw new Error(`Expected one ${kind} ${type} named ${prefix}_*, found ${names.length}: ${Object.keys(blocks).join(', ')}`);
  }
  return blocks[names[0]];
}

/** Returns the name (address without type) of the one block of `type` whose name starts with `prefix`. */
export function blockName(json: any, kind: 'resource' | 'data', type: string, prefix: string): string {
  const names = Object.keys(json[kind]?.[type] ?? {}).filter((name) => name.startsWith(`${prefix}_`));
  if (names.length !== 1) {
    throw new Error(`Expected one ${kind} ${type} named ${prefix}_*, found ${names.length}`);
  }
  return names[0];
}

/** Number of blocks of `type` in the synthesized JSON. */
export function countOf(json: any, kind: 'resource' | 'data', type: string): number {
  return Object.keys(json[kind]?.[type] ?? {}).length;
}

/** Runs `create` and returns the message of the error it throws, or fails when it throws none. */
export function errorOf(create: () => unknown): string {
  try {
    create();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('Expected an error, but none was thrown');
}

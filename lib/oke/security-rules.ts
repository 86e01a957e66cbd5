import { Token } from 'cdktf';
import { CniType } from './network-interface';

/**
 * The security rules an OKE cluster needs, as data: one entry per network security group rule.
 *
 * Source: OCI's "Network Resource Configuration for Cluster Creation and Deployment" (the rule tables
 * for the Kubernetes API endpoint, worker nodes, pod subnets and load balancers), cross-checked with the
 * NSG rules of Oracle's terraform-oci-oke module. All rules are stateful, as in those tables.
 */

/** The network security groups of an OKE network, one per role. */
export enum OkeNetworkRole {
  /** The Kubernetes API endpoint of the cluster's control plane. */
  API_ENDPOINT = 'api-endpoint',
  /** Worker node VNICs. */
  WORKERS = 'workers',
  /** Pod VNICs with VCN-native pod networking. */
  PODS = 'pods',
  /** Load balancers created for Kubernetes services of type LoadBalancer. */
  LOAD_BALANCERS = 'load-balancers',
}

/** IP protocols of security rules, as OCI writes them: IANA protocol numbers or `all`. */
export enum SecurityRuleProtocol {
  ALL = 'all',
  ICMP = '1',
  TCP = '6',
  UDP = '17',
}

/** The other end of a rule: the source of an ingress rule or the destination of an egress rule. */
export type SecurityRulePeer =
  /** Another network security group of the same network. */
  | { readonly kind: 'nsg'; readonly role: OkeNetworkRole }
  /** An IPv4 CIDR block. */
  | { readonly kind: 'cidr'; readonly cidr: string }
  /** Every block of a list known only at plan time; the rule is repeated per block with Terraform `for_each`. */
  | { readonly kind: 'cidr-list'; readonly cidrs: string[] }
  /** The "All <region> Services in Oracle Services Network" service CIDR label. */
  | { readonly kind: 'oracle-services' };

/** An inclusive range of destination ports. */
export interface PortRange {
  /** First port. */
  readonly min: number;
  /** Last port. */
  readonly max: number;
}

/** One network security group rule. */
export interface OkeSecurityRule {
  /** Stable, unique name of the rule, used as its construct id. */
  readonly key: string;
  /** The network security group that contains the rule. */
  readonly nsg: OkeNetworkRole;
  /** Whether the rule admits traffic into the group or out of it. */
  readonly direction: 'INGRESS' | 'EGRESS';
  /** Source of an ingress rule or destination of an egress rule. */
  readonly peer: SecurityRulePeer;
  /** IP protocol. */
  readonly protocol: SecurityRuleProtocol;
  /** Destination ports of a TCP or UDP rule; absent means every port. */
  readonly ports?: PortRange;
  /** ICMP type and code of an ICMP rule. */
  readonly icmp?: { readonly type: number; readonly code: number };
  /** Purpose of the rule, shown in the console. */
  readonly description: string;
}

/** Inputs that decide which rules an OKE network gets. */
export interface OkeSecurityRuleOptions {
  /** The CNI: VCN-native pod networking adds the pod group and its rules. */
  readonly cni: CniType;
  /** CIDR blocks of clients allowed to reach the Kubernetes API endpoint on port 6443. */
  readonly apiEndpointClientCidrs: readonly string[];
  /** CIDR blocks of clients allowed to reach load balancer listeners. */
  readonly loadBalancerClientCidrs: readonly string[];
  /** TCP ports of load balancer listeners that clients may reach. */
  readonly loadBalancerListenerPorts: readonly number[];
  /** True when worker nodes have a route to the internet (a NAT gateway, or a public worker subnet). */
  readonly workerInternetEgress: boolean;
  /** True when pods have a route to the internet through a NAT gateway. */
  readonly podInternetEgress: boolean;
}

/** Kubernetes API server port. */
const KUBERNETES_API_PORT = 6443;
/** Port on which worker nodes and pods reach the OKE control plane. */
const OKE_CONTROL_PLANE_PORT = 12250;
/** Kubelet API port. */
const KUBELET_PORT = 10250;
/** kube-proxy health check port, which load balancers probe. */
const KUBE_PROXY_HEALTH_PORT = 10256;
/** Kubernetes NodePort range. */
const NODE_PORT_RANGE: PortRange = { min: 30000, max: 32767 };

/** ICMP type 3 ("destination unreachable") code 4 ("fragmentation needed"), which path MTU discovery relies on. */
const PATH_MTU_DISCOVERY = { type: 3, code: 4 };

const ANYWHERE = '0.0.0.0/0';

function nsg(role: OkeNetworkRole): SecurityRulePeer {
  return { kind: 'nsg', role };
}

function cidr(block: string): SecurityRulePeer {
  return { kind: 'cidr', cidr: block };
}

const ORACLE_SERVICES: SecurityRulePeer = { kind: 'oracle-services' };

/** Returns the name of a peer inside a rule key. A CIDR block that is a token is named by its `index` in the input list. */
function peerKey(peer: SecurityRulePeer, index?: number): string {
  switch (peer.kind) {
    case 'nsg':
      return peer.role;
    case 'oracle-services':
      return 'oracle-services';
    case 'cidr-list':
      return 'clients';
    case 'cidr':
      if (peer.cidr === ANYWHERE) {
        return 'anywhere';
      }
      return Token.isUnresolved(peer.cidr) ? `cidr${index ?? 0}` : peer.cidr.replace('/', '-');
  }
}

function protocolKey(protocol: SecurityRuleProtocol, ports?: PortRange): string {
  const name = { [SecurityRuleProtocol.ALL]: 'all', [SecurityRuleProtocol.ICMP]: 'icmp', [SecurityRuleProtocol.TCP]: 'tcp', [SecurityRuleProtocol.UDP]: 'udp' }[protocol];
  if (ports === undefined) {
    return name;
  }
  return ports.min === ports.max ? `${name}-${ports.min}` : `${name}-${ports.min}-${ports.max}`;
}

/** Collects rules of one network security group and gives each a key. */
class RuleTable {
  public readonly rules: OkeSecurityRule[] = [];

  constructor(private readonly group: OkeNetworkRole) {}

  public ingress(peer: SecurityRulePeer, protocol: SecurityRuleProtocol, description: string, extra: RuleExtra = {}): void {
    this.add('INGRESS', peer, protocol, description, extra);
  }

  public egress(peer: SecurityRulePeer, protocol: SecurityRuleProtocol, description: string, extra: RuleExtra = {}): void {
    this.add('EGRESS', peer, protocol, description, extra);
  }

  private add(direction: 'INGRESS' | 'EGRESS', peer: SecurityRulePeer, protocol: SecurityRuleProtocol, description: string, extra: RuleExtra): void {
    const preposition = direction === 'INGRESS' ? 'from' : 'to';
    const key = `${this.group}-${preposition}-${peerKey(peer, extra.peerIndex)}-${protocolKey(protocol, extra.ports)}`;
    this.rules.push({
      key,
      nsg: this.group,
      direction,
      peer,
      protocol,
      ...(extra.ports ? { ports: extra.ports } : {}),
      ...(protocol === SecurityRuleProtocol.ICMP ? { icmp: PATH_MTU_DISCOVERY } : {}),
      description,
    });
  }
}

interface RuleExtra {
  readonly ports?: PortRange;
  /** Position of a CIDR peer in its input list, used in the key when the CIDR is a token. */
  readonly peerIndex?: number;
}

function port(value: number): PortRange {
  return { min: value, max: value };
}

const { ALL, ICMP, TCP, UDP } = SecurityRuleProtocol;
const { API_ENDPOINT, WORKERS, PODS, LOAD_BALANCERS } = OkeNetworkRole;

function apiEndpointRules(options: OkeSecurityRuleOptions): OkeSecurityRule[] {
  const vcnNative = options.cni === CniType.VCN_NATIVE;
  const table = new RuleTable(API_ENDPOINT);

  table.ingress(nsg(WORKERS), TCP, 'Worker nodes to the Kubernetes API server', { ports: port(KUBERNETES_API_PORT) });
  table.ingress(nsg(WORKERS), TCP, 'Worker nodes to the OKE control plane', { ports: port(OKE_CONTROL_PLANE_PORT) });
  table.ingress(nsg(WORKERS), ICMP, 'Path MTU discovery from worker nodes');
  if (vcnNative) {
    table.ingress(nsg(PODS), TCP, 'Pods to the Kubernetes API server', { ports: port(KUBERNETES_API_PORT) });
    table.ingress(nsg(PODS), TCP, 'Pods to the OKE control plane', { ports: port(OKE_CONTROL_PLANE_PORT) });
  }
  if (Token.isUnresolved(options.apiEndpointClientCidrs)) {
    const clients: SecurityRulePeer = { kind: 'cidr-list', cidrs: [...options.apiEndpointClientCidrs] };
    table.ingress(clients, TCP, 'Allowed clients to the Kubernetes API server', { ports: port(KUBERNETES_API_PORT) });
  } else {
    options.apiEndpointClientCidrs.forEach((client, index) => {
      table.ingress(cidr(client), TCP, `Clients in ${client} to the Kubernetes API server`, { ports: port(KUBERNETES_API_PORT), peerIndex: index });
    });
  }

  table.egress(ORACLE_SERVICES, TCP, 'Kubernetes API endpoint to OKE in the Oracle Services Network', { ports: port(443) });
  if (vcnNative) {
    table.egress(nsg(WORKERS), TCP, 'Kubernetes control plane to the kubelet on worker nodes', { ports: port(KUBELET_PORT) });
  } else {
    // With flannel the control plane reaches pods (webhooks, kubectl exec and logs) through the worker nodes.
    table.egress(nsg(WORKERS), TCP, 'Kubernetes control plane to worker nodes and the pods behind them');
  }
  table.egress(nsg(WORKERS), ICMP, 'Path MTU discovery to worker nodes');
  if (vcnNative) {
    table.egress(nsg(PODS), ALL, 'Kubernetes control plane to pods, such as admission webhooks');
  }
  return table.rules;
}

function workerRules(options: OkeSecurityRuleOptions): OkeSecurityRule[] {
  const vcnNative = options.cni === CniType.VCN_NATIVE;
  const table = new RuleTable(WORKERS);

  // With flannel this also carries the pod overlay network between nodes.
  table.ingress(nsg(WORKERS), ALL, 'Traffic between worker nodes');
  if (vcnNative) {
    table.ingress(nsg(PODS), ALL, 'Pods to worker nodes');
    table.ingress(nsg(API_ENDPOINT), TCP, 'Kubernetes control plane to the kubelet', { ports: port(KUBELET_PORT) });
  } else {
    table.ingress(nsg(API_ENDPOINT), TCP, 'Kubernetes control plane to worker nodes and the pods behind them');
  }
  table.ingress(cidr(ANYWHERE), ICMP, 'Path MTU discovery');
  table.ingress(nsg(LOAD_BALANCERS), TCP, 'Load balancers to NodePort services over TCP', { ports: NODE_PORT_RANGE });
  table.ingress(nsg(LOAD_BALANCERS), UDP, 'Load balancers to NodePort services over UDP', { ports: NODE_PORT_RANGE });
  table.ingress(nsg(LOAD_BALANCERS), TCP, 'Load balancer health checks to kube-proxy', { ports: port(KUBE_PROXY_HEALTH_PORT) });

  table.egress(nsg(WORKERS), ALL, 'Traffic between worker nodes');
  if (vcnNative) {
    table.egress(nsg(PODS), ALL, 'Worker nodes to pods');
  }
  table.egress(cidr(ANYWHERE), ICMP, 'Path MTU discovery');
  table.egress(ORACLE_SERVICES, TCP, 'Worker nodes to OKE, OCIR and other services in the Oracle Services Network');
  table.egress(nsg(API_ENDPOINT), TCP, 'Worker nodes to the Kubernetes API server', { ports: port(KUBERNETES_API_PORT) });
  table.egress(nsg(API_ENDPOINT), TCP, 'Worker nodes to the OKE control plane', { ports: port(OKE_CONTROL_PLANE_PORT) });
  if (options.workerInternetEgress) {
    table.egress(cidr(ANYWHERE), TCP, 'Worker nodes to the internet, such as image registries outside OCIR');
  }
  return table.rules;
}

function podRules(options: OkeSecurityRuleOptions): OkeSecurityRule[] {
  const table = new RuleTable(PODS);

  table.ingress(nsg(API_ENDPOINT), ALL, 'Kubernetes control plane to pods, such as admission webhooks');
  table.ingress(nsg(WORKERS), ALL, 'Worker nodes to pods');
  table.ingress(nsg(PODS), ALL, 'Traffic between pods');
  table.ingress(cidr(ANYWHERE), ICMP, 'Path MTU discovery');

  table.egress(nsg(PODS), ALL, 'Traffic between pods');
  // Pods reach NodePorts and hostNetwork pods on other nodes through the worker VNICs.
  table.egress(nsg(WORKERS), ALL, 'Pods to worker nodes');
  table.egress(nsg(API_ENDPOINT), TCP, 'Pods to the Kubernetes API server', { ports: port(KUBERNETES_API_PORT) });
  table.egress(nsg(API_ENDPOINT), TCP, 'Pods to the OKE control plane', { ports: port(OKE_CONTROL_PLANE_PORT) });
  table.egress(ORACLE_SERVICES, TCP, 'Pods to services in the Oracle Services Network');
  table.egress(cidr(ANYWHERE), ICMP, 'Path MTU discovery');
  if (options.podInternetEgress) {
    // OCI's table opens HTTPS only; add rules to the pod group for other ports.
    table.egress(cidr(ANYWHERE), TCP, 'Pods to HTTPS endpoints on the internet', { ports: port(443) });
  }
  return table.rules;
}

function loadBalancerRules(options: OkeSecurityRuleOptions): OkeSecurityRule[] {
  const table = new RuleTable(LOAD_BALANCERS);

  if (Token.isUnresolved(options.loadBalancerClientCidrs)) {
    const clients: SecurityRulePeer = { kind: 'cidr-list', cidrs: [...options.loadBalancerClientCidrs] };
    for (const listenerPort of options.loadBalancerListenerPorts) {
      table.ingress(clients, TCP, `Allowed clients to load balancer listeners on port ${listenerPort}`, { ports: port(listenerPort) });
    }
  } else {
    options.loadBalancerClientCidrs.forEach((client, index) => {
      for (const listenerPort of options.loadBalancerListenerPorts) {
        table.ingress(cidr(client), TCP, `Clients in ${client} to load balancer listeners on port ${listenerPort}`, { ports: port(listenerPort), peerIndex: index });
      }
    });
  }

  table.egress(nsg(WORKERS), TCP, 'Load balancers to NodePort services over TCP', { ports: NODE_PORT_RANGE });
  table.egress(nsg(WORKERS), UDP, 'Load balancers to NodePort services over UDP', { ports: NODE_PORT_RANGE });
  table.egress(nsg(WORKERS), TCP, 'Load balancer health checks to kube-proxy', { ports: port(KUBE_PROXY_HEALTH_PORT) });
  table.egress(nsg(WORKERS), ICMP, 'Path MTU discovery to worker nodes');
  return table.rules;
}

/**
 * Returns the rules of every network security group of an OKE network for the given options.
 * With flannel there is no pod group, so no rule names {@link OkeNetworkRole.PODS}.
 */
export function okeSecurityRules(options: OkeSecurityRuleOptions): OkeSecurityRule[] {
  const rules = [...apiEndpointRules(options), ...workerRules(options)];
  if (options.cni === CniType.VCN_NATIVE) {
    rules.push(...podRules(options));
  }
  rules.push(...loadBalancerRules(options));
  return rules;
}

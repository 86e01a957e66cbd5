import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataOciCoreServices } from '../../../lib/generated/providers/oci/data-oci-core-services';
import { CoreInternetGateway } from '../../../lib/generated/providers/oci/core-internet-gateway';
import { CoreNatGateway } from '../../../lib/generated/providers/oci/core-nat-gateway';
import { CoreNetworkSecurityGroup } from '../../../lib/generated/providers/oci/core-network-security-group';
import {
  CoreNetworkSecurityGroupSecurityRule,
  CoreNetworkSecurityGroupSecurityRuleConfig,
} from '../../../lib/generated/providers/oci/core-network-security-group-security-rule';
import { CoreRouteTable } from '../../../lib/generated/providers/oci/core-route-table';
import { CoreSecurityList } from '../../../lib/generated/providers/oci/core-security-list';
import { CoreServiceGateway } from '../../../lib/generated/providers/oci/core-service-gateway';
import { CoreSubnet } from '../../../lib/generated/providers/oci/core-subnet';
import { CoreVcn } from '../../../lib/generated/providers/oci/core-vcn';

/** The parts of a network that clusters and node pools refer to. */
export interface L1Network {
  readonly vcn: CoreVcn;
  readonly subnets: Record<Role, CoreSubnet>;
  readonly nsgs: Record<Role, CoreNetworkSecurityGroup>;
}

type Role = 'api-endpoint' | 'workers' | 'pods' | 'load-balancers';

/** What the network of these workloads varies in. */
export interface L1NetworkOptions {
  readonly compartmentOcid: string;
  /** CIDR blocks of clients allowed to reach the Kubernetes API on port 6443. */
  readonly apiEndpointClientCidrs: string[];
  /** Whether the API endpoint subnet is public. */
  readonly apiEndpointIsPublic: boolean;
}

const ANYWHERE = '0.0.0.0/0';

// One row per NSG rule of a VCN-native network: key, NSG, direction, protocol, peer (a role, the
// Oracle Services Network or a CIDR block), destination ports or ICMP type 3 code 4, description.
type Peer = Role | 'oracle-services' | { cidr: string };
type RuleRow = [key: string, nsg: Role, direction: 'INGRESS' | 'EGRESS', protocol: 'all' | 'icmp' | 'tcp' | 'udp', peer: Peer, ports: [number, number] | undefined, description: string];

const PROTOCOL_NUMBERS = { all: 'all', icmp: '1', tcp: '6', udp: '17' } as const;

function vcnNativeRules(apiClients: string[]): RuleRow[] {
  return [
    ...apiClients.map((cidr): RuleRow => [
      `api-endpoint-from-${cidr.replace('/', '-')}-tcp-6443`,
      'api-endpoint', 'INGRESS', 'tcp', { cidr }, [6443, 6443], `Clients in ${cidr} to the Kubernetes API server`,
    ]),
    ['api-endpoint-from-pods-tcp-12250', 'api-endpoint', 'INGRESS', 'tcp', 'pods', [12250, 12250], 'Pods to the OKE control plane'],
    ['api-endpoint-from-pods-tcp-6443', 'api-endpoint', 'INGRESS', 'tcp', 'pods', [6443, 6443], 'Pods to the Kubernetes API server'],
    ['api-endpoint-from-workers-icmp', 'api-endpoint', 'INGRESS', 'icmp', 'workers', undefined, 'Path MTU discovery from worker nodes'],
    ['api-endpoint-from-workers-tcp-12250', 'api-endpoint', 'INGRESS', 'tcp', 'workers', [12250, 12250], 'Worker nodes to the OKE control plane'],
    ['api-endpoint-from-workers-tcp-6443', 'api-endpoint', 'INGRESS', 'tcp', 'workers', [6443, 6443], 'Worker nodes to the Kubernetes API server'],
    ['api-endpoint-to-oracle-services-tcp-443', 'api-endpoint', 'EGRESS', 'tcp', 'oracle-services', [443, 443], 'Kubernetes API endpoint to OKE in the Oracle Services Network'],
    ['api-endpoint-to-pods-all', 'api-endpoint', 'EGRESS', 'all', 'pods', undefined, 'Kubernetes control plane to pods, such as admission webhooks'],
    ['api-endpoint-to-workers-icmp', 'api-endpoint', 'EGRESS', 'icmp', 'workers', undefined, 'Path MTU discovery to worker nodes'],
    ['api-endpoint-to-workers-tcp-10250', 'api-endpoint', 'EGRESS', 'tcp', 'workers', [10250, 10250], 'Kubernetes control plane to the kubelet on worker nodes'],
    ['load-balancers-from-anywhere-tcp-443', 'load-balancers', 'INGRESS', 'tcp', { cidr: ANYWHERE }, [443, 443], 'Clients in 0.0.0.0/0 to load balancer listeners on port 443'],
    ['load-balancers-to-workers-icmp', 'load-balancers', 'EGRESS', 'icmp', 'workers', undefined, 'Path MTU discovery to worker nodes'],
    ['load-balancers-to-workers-tcp-10256', 'load-balancers', 'EGRESS', 'tcp', 'workers', [10256, 10256], 'Load balancer health checks to kube-proxy'],
    ['load-balancers-to-workers-tcp-30000-32767', 'load-balancers', 'EGRESS', 'tcp', 'workers', [30000, 32767], 'Load balancers to NodePort services over TCP'],
    ['load-balancers-to-workers-udp-30000-32767', 'load-balancers', 'EGRESS', 'udp', 'workers', [30000, 32767], 'Load balancers to NodePort services over UDP'],
    ['pods-from-anywhere-icmp', 'pods', 'INGRESS', 'icmp', { cidr: ANYWHERE }, undefined, 'Path MTU discovery'],
    ['pods-from-api-endpoint-all', 'pods', 'INGRESS', 'all', 'api-endpoint', undefined, 'Kubernetes control plane to pods, such as admission webhooks'],
    ['pods-from-pods-all', 'pods', 'INGRESS', 'all', 'pods', undefined, 'Traffic between pods'],
    ['pods-from-workers-all', 'pods', 'INGRESS', 'all', 'workers', undefined, 'Worker nodes to pods'],
    ['pods-to-anywhere-icmp', 'pods', 'EGRESS', 'icmp', { cidr: ANYWHERE }, undefined, 'Path MTU discovery'],
    ['pods-to-anywhere-tcp-443', 'pods', 'EGRESS', 'tcp', { cidr: ANYWHERE }, [443, 443], 'Pods to HTTPS endpoints on the internet'],
    ['pods-to-api-endpoint-tcp-12250', 'pods', 'EGRESS', 'tcp', 'api-endpoint', [12250, 12250], 'Pods to the OKE control plane'],
    ['pods-to-api-endpoint-tcp-6443', 'pods', 'EGRESS', 'tcp', 'api-endpoint', [6443, 6443], 'Pods to the Kubernetes API server'],
    ['pods-to-oracle-services-tcp', 'pods', 'EGRESS', 'tcp', 'oracle-services', undefined, 'Pods to services in the Oracle Services Network'],
    ['pods-to-pods-all', 'pods', 'EGRESS', 'all', 'pods', undefined, 'Traffic between pods'],
    ['pods-to-workers-all', 'pods', 'EGRESS', 'all', 'workers', undefined, 'Pods to worker nodes'],
    ['workers-from-anywhere-icmp', 'workers', 'INGRESS', 'icmp', { cidr: ANYWHERE }, undefined, 'Path MTU discovery'],
    ['workers-from-api-endpoint-tcp-10250', 'workers', 'INGRESS', 'tcp', 'api-endpoint', [10250, 10250], 'Kubernetes control plane to the kubelet'],
    ['workers-from-load-balancers-tcp-10256', 'workers', 'INGRESS', 'tcp', 'load-balancers', [10256, 10256], 'Load balancer health checks to kube-proxy'],
    ['workers-from-load-balancers-tcp-30000-32767', 'workers', 'INGRESS', 'tcp', 'load-balancers', [30000, 32767], 'Load balancers to NodePort services over TCP'],
    ['workers-from-load-balancers-udp-30000-32767', 'workers', 'INGRESS', 'udp', 'load-balancers', [30000, 32767], 'Load balancers to NodePort services over UDP'],
    ['workers-from-pods-all', 'workers', 'INGRESS', 'all', 'pods', undefined, 'Pods to worker nodes'],
    ['workers-from-workers-all', 'workers', 'INGRESS', 'all', 'workers', undefined, 'Traffic between worker nodes'],
    ['workers-to-anywhere-icmp', 'workers', 'EGRESS', 'icmp', { cidr: ANYWHERE }, undefined, 'Path MTU discovery'],
    ['workers-to-anywhere-tcp', 'workers', 'EGRESS', 'tcp', { cidr: ANYWHERE }, undefined, 'Worker nodes to the internet, such as image registries outside OCIR'],
    ['workers-to-api-endpoint-tcp-12250', 'workers', 'EGRESS', 'tcp', 'api-endpoint', [12250, 12250], 'Worker nodes to the OKE control plane'],
    ['workers-to-api-endpoint-tcp-6443', 'workers', 'EGRESS', 'tcp', 'api-endpoint', [6443, 6443], 'Worker nodes to the Kubernetes API server'],
    ['workers-to-oracle-services-tcp', 'workers', 'EGRESS', 'tcp', 'oracle-services', undefined, 'Worker nodes to OKE, OCIR and other services in the Oracle Services Network'],
    ['workers-to-pods-all', 'workers', 'EGRESS', 'all', 'pods', undefined, 'Worker nodes to pods'],
    ['workers-to-workers-all', 'workers', 'EGRESS', 'all', 'workers', undefined, 'Traffic between worker nodes'],
  ];
}

/**
 * Writes a VCN-native OKE network by hand: VCN, gateways, route tables, one empty security list
 * and one NSG per subnet, and the NSG rules, at the construct paths OkeNetwork uses under `id`.
 */
export function l1Network(stack: TerraformStack, id: string, options: L1NetworkOptions): L1Network {
  const scope = new Construct(stack, id);
  const compartmentId = options.compartmentOcid;

  const vcn = new CoreVcn(scope, 'vcn', { compartmentId, cidrBlocks: ['10.0.0.0/16'], dnsLabel: 'oke', displayName: `${id}-vcn` });
  const common = (suffix: string) => ({ compartmentId, vcnId: vcn.id, displayName: `${id}-${suffix}` });

  const oracleServices = new DataOciCoreServices(scope, 'oracle-services', {
    filter: [{ name: 'name', values: ['All .* Services In Oracle Services Network'], regex: true }],
  });
  const oracleServicesCidr = oracleServices.services.get(0).cidrBlock;

  const internetGateway = new CoreInternetGateway(scope, 'internet-gateway', { ...common('internet-gateway'), enabled: true });
  const publicRoutes = new CoreRouteTable(scope, 'public-route-table', {
    ...common('public-routes'),
    routeRules: [{ destination: ANYWHERE, destinationType: 'CIDR_BLOCK', networkEntityId: internetGateway.id, description: 'Internet through the internet gateway' }],
  });
  const natGateway = new CoreNatGateway(scope, 'nat-gateway', common('nat-gateway'));
  const serviceGateway = new CoreServiceGateway(scope, 'service-gateway', {
    ...common('service-gateway'),
    services: [{ serviceId: oracleServices.services.get(0).id }],
  });
  const privateRoutes = new CoreRouteTable(scope, 'private-route-table', {
    ...common('private-routes'),
    routeRules: [
      { destination: ANYWHERE, destinationType: 'CIDR_BLOCK', networkEntityId: natGateway.id, description: 'Internet through the NAT gateway' },
      {
        destination: oracleServicesCidr,
        destinationType: 'SERVICE_CIDR_BLOCK',
        networkEntityId: serviceGateway.id,
        description: 'OCIR, OKE and other services in the Oracle Services Network through the service gateway',
      },
    ],
  });

  const subnet = (role: Role, cidrBlock: string, dnsLabel: string, isPublic: boolean): CoreSubnet => {
    const securityList = new CoreSecurityList(scope, `${role}-security-list`, {
      ...common(`${role}-seclist`),
      lifecycle: { ignoreChanges: ['ingress_security_rules', 'egress_security_rules'] },
    });
    return new CoreSubnet(scope, `${role}-subnet`, {
      ...common(role),
      cidrBlock,
      dnsLabel,
      prohibitPublicIpOnVnic: !isPublic,
      routeTableId: isPublic ? publicRoutes.id : privateRoutes.id,
      securityListIds: [securityList.id],
    });
  };
  const subnets: Record<Role, CoreSubnet> = {
    'api-endpoint': subnet('api-endpoint', '10.0.0.0/28', 'api', options.apiEndpointIsPublic),
    workers: subnet('workers', '10.0.16.0/20', 'workers', false),
    pods: subnet('pods', '10.0.128.0/17', 'pods', false),
    'load-balancers': subnet('load-balancers', '10.0.1.0/24', 'loadbalancers', true),
  };

  const nsg = (role: Role) => new CoreNetworkSecurityGroup(scope, `${role}-nsg`, common(`${role}-nsg`));
  const nsgs: Record<Role, CoreNetworkSecurityGroup> = {
    'api-endpoint': nsg('api-endpoint'),
    workers: nsg('workers'),
    pods: nsg('pods'),
    'load-balancers': nsg('load-balancers'),
  };

  for (const [key, role, direction, protocol, peer, ports, description] of vcnNativeRules(options.apiEndpointClientCidrs)) {
    let target: string;
    let targetType: string;
    if (typeof peer === 'object') {
      [target, targetType] = [peer.cidr, 'CIDR_BLOCK'];
    } else if (peer === 'oracle-services') {
      [target, targetType] = [oracleServicesCidr, 'SERVICE_CIDR_BLOCK'];
    } else {
      [target, targetType] = [nsgs[peer].id, 'NETWORK_SECURITY_GROUP'];
    }
    const portRange = ports ? { destinationPortRange: { min: ports[0], max: ports[1] } } : undefined;
    const config: CoreNetworkSecurityGroupSecurityRuleConfig = {
      networkSecurityGroupId: nsgs[role].id,
      direction,
      protocol: PROTOCOL_NUMBERS[protocol],
      description,
      stateless: false,
      ...(direction === 'INGRESS' ? { source: target, sourceType: targetType } : { destination: target, destinationType: targetType }),
      ...(protocol === 'tcp' && portRange ? { tcpOptions: portRange } : {}),
      ...(protocol === 'udp' && portRange ? { udpOptions: portRange } : {}),
      ...(protocol === 'icmp' ? { icmpOptions: { type: 3, code: 4 } } : {}),
    };
    new CoreNetworkSecurityGroupSecurityRule(scope, key, config);
  }

  return { vcn, subnets, nsgs };
}

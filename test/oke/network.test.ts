import { TerraformOutput, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { acknowledgeWarning } from '../../lib/core/warnings';
import { CniType, IOkeNetwork } from '../../lib/oke/network-interface';
import { ExistingOkeNetworkProps } from '../../lib/oke/existing-network';
import { OkeNetwork, OkeNetworkProps } from '../../lib/oke/network';
import { OkeSecurityRule, okeSecurityRules, SecurityRuleProtocol } from '../../lib/oke/security-rules';
import { COMPARTMENT, synthJson, testStack } from '../helpers/stack';

const VCN_OCID = 'ocid1.vcn.oc1.iad.aaaaaaaavcn';
const SUBNET_OCID = 'ocid1.subnet.oc1.iad.aaaaaaaasubnet';
const POD_SUBNET_OCID = 'ocid1.subnet.oc1.iad.aaaaaaaapods';
const LB_SUBNET_OCID = 'ocid1.subnet.oc1.iad.aaaaaaaalb';
const NSG_OCID = 'ocid1.networksecuritygroup.oc1.iad.aaaaaaaansg';

function createNetwork(props: Partial<OkeNetworkProps> = {}): { stack: TerraformStack; network: OkeNetwork; json: any } {
  const { stack } = testStack();
  const network = new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT, ...props });
  return { stack, network, json: synthJson(stack) };
}

/** Returns the one resource of `type` whose construct id is `id`, under the construct 'network'. */
function resource(json: any, type: string, id: string): any {
  const matches = Object.entries(json.resource[type] ?? {}).filter(([key]) => key.startsWith(`network_${id}_`));
  if (matches.length !== 1) {
    throw new Error(`expected one ${type} named ${id}, found ${matches.length}`);
  }
  return matches[0][1];
}

/** Returns the Terraform reference to the `id` attribute of that resource. */
function idOf(json: any, type: string, id: string): string {
  const key = Object.keys(json.resource[type]).find((name) => name.startsWith(`network_${id}_`));
  return `\${${type}.${key}.id}`;
}

/** Resolves token values to their Terraform expressions by passing them through outputs. */
function resolveAll(stack: TerraformStack, values: Record<string, unknown>): Record<string, unknown> {
  for (const [name, value] of Object.entries(values)) {
    new TerraformOutput(stack, `resolved-${name}`, { value });
  }
  const outputs = synthJson(stack).output;
  return Object.fromEntries(Object.keys(values).map((name) => [name, outputs[`resolved-${name}`].value]));
}

function count(json: any, type: string): number {
  return Object.keys(json.resource[type] ?? {}).length;
}

/** Returns the warnings on `scope` once its stack is validated, which is when the library decides on them. */
function warnings(scope: IConstruct): string[] {
  Testing.synth(TerraformStack.of(scope), true);
  return scope.node.metadata.filter((entry) => entry.type === '@cdktf/warn').map((entry) => entry.data as string);
}

function errorMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

function networkError(props: Partial<OkeNetworkProps>): string {
  const { stack } = testStack();
  return errorMessage(() => new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT, ...props }));
}

const HEADER = "OkeNetwork 'test/network' has invalid configuration:\n";

/** Formats a rule as one line: group, direction, peer, protocol and ports, then the description. */
function describeRule(rule: OkeSecurityRule): string {
  let peer: string = rule.peer.kind;
  if (rule.peer.kind === 'nsg') {
    peer = rule.peer.role;
  } else if (rule.peer.kind === 'cidr') {
    peer = rule.peer.cidr;
  }
  const protocol = { [SecurityRuleProtocol.ALL]: 'all', [SecurityRuleProtocol.ICMP]: 'icmp', [SecurityRuleProtocol.TCP]: 'tcp', [SecurityRuleProtocol.UDP]: 'udp' }[rule.protocol];
  let detail = '';
  if (rule.ports) {
    detail = rule.ports.min === rule.ports.max ? ` ${rule.ports.min}` : ` ${rule.ports.min}-${rule.ports.max}`;
  } else if (rule.icmp) {
    detail = ` type ${rule.icmp.type} code ${rule.icmp.code}`;
  }
  return `${rule.nsg} ${rule.direction === 'INGRESS' ? 'from' : 'to'} ${peer}: ${protocol}${detail} | ${rule.description}`;
}

describe('OkeNetwork resources', () => {
  test('VCN', () => {
    const { json } = createNetwork();
    expect(resource(json, 'oci_core_vcn', 'vcn')).toEqual({
      cidr_blocks: ['10.0.0.0/16'],
      compartment_id: COMPARTMENT,
      display_name: 'network-vcn',
      dns_label: 'oke',
    });
  });

  test('default subnets', () => {
    const { json } = createNetwork();
    const privateRoutes = idOf(json, 'oci_core_route_table', 'private-route-table');
    const publicRoutes = idOf(json, 'oci_core_route_table', 'public-route-table');
    const vcn = idOf(json, 'oci_core_vcn', 'vcn');
    const expected = [
      ['api-endpoint', '10.0.0.0/28', 'api', true, privateRoutes],
      ['workers', '10.0.16.0/20', 'workers', true, privateRoutes],
      ['pods', '10.0.128.0/17', 'pods', true, privateRoutes],
      ['load-balancers', '10.0.1.0/24', 'loadbalancers', false, publicRoutes],
    ] as const;

    expect(count(json, 'oci_core_subnet')).toBe(4);
    for (const [role, cidr, dnsLabel, isPrivate, routeTable] of expected) {
      expect(resource(json, 'oci_core_subnet', `${role}-subnet`)).toEqual({
        cidr_block: cidr,
        compartment_id: COMPARTMENT,
        display_name: `network-${role}`,
        dns_label: dnsLabel,
        prohibit_public_ip_on_vnic: isPrivate,
        route_table_id: routeTable,
        security_list_ids: [idOf(json, 'oci_core_security_list', `${role}-security-list`)],
        vcn_id: vcn,
      });
    }
  });

  test('subnets are regional', () => {
    const { json } = createNetwork();
    for (const subnet of Object.values(json.resource.oci_core_subnet) as any[]) {
      expect(subnet.availability_domain).toBeUndefined();
    }
  });

  test('gateways', () => {
    const { json } = createNetwork();
    const vcn = idOf(json, 'oci_core_vcn', 'vcn');
    const services = Object.keys(json.data.oci_core_services)[0];

    expect(resource(json, 'oci_core_internet_gateway', 'internet-gateway')).toEqual({
      compartment_id: COMPARTMENT,
      display_name: 'network-internet-gateway',
      enabled: true,
      vcn_id: vcn,
    });
    expect(resource(json, 'oci_core_nat_gateway', 'nat-gateway')).toEqual({
      compartment_id: COMPARTMENT,
      display_name: 'network-nat-gateway',
      vcn_id: vcn,
    });
    expect(resource(json, 'oci_core_service_gateway', 'service-gateway')).toEqual({
      compartment_id: COMPARTMENT,
      display_name: 'network-service-gateway',
      services: [{ service_id: `\${data.oci_core_services.${services}.services[0].id}` }],
      vcn_id: vcn,
    });
  });

  test('services data source filters by name', () => {
    const { json } = createNetwork();
    expect(Object.values(json.data.oci_core_services)).toEqual([
      { filter: [{ name: 'name', regex: true, values: ['All .* Services In Oracle Services Network'] }] },
    ]);
  });

  test('route rules', () => {
    const { json } = createNetwork();
    const services = Object.keys(json.data.oci_core_services)[0];

    expect(resource(json, 'oci_core_route_table', 'private-route-table')).toEqual({
      compartment_id: COMPARTMENT,
      display_name: 'network-private-routes',
      route_rules: [
        {
          description: 'Internet through the NAT gateway',
          destination: '0.0.0.0/0',
          destination_type: 'CIDR_BLOCK',
          network_entity_id: idOf(json, 'oci_core_nat_gateway', 'nat-gateway'),
        },
        {
          description: 'OCIR, OKE and other services in the Oracle Services Network through the service gateway',
          destination: `\${data.oci_core_services.${services}.services[0].cidr_block}`,
          destination_type: 'SERVICE_CIDR_BLOCK',
          network_entity_id: idOf(json, 'oci_core_service_gateway', 'service-gateway'),
        },
      ],
      vcn_id: idOf(json, 'oci_core_vcn', 'vcn'),
    });
    expect(resource(json, 'oci_core_route_table', 'public-route-table').route_rules).toEqual([
      {
        description: 'Internet through the internet gateway',
        destination: '0.0.0.0/0',
        destination_type: 'CIDR_BLOCK',
        network_entity_id: idOf(json, 'oci_core_internet_gateway', 'internet-gateway'),
      },
    ]);
  });

  test('security lists are empty and ignore added rules', () => {
    const { json } = createNetwork();
    expect(count(json, 'oci_core_security_list')).toBe(4);
    expect(resource(json, 'oci_core_security_list', 'workers-security-list')).toEqual({
      compartment_id: COMPARTMENT,
      display_name: 'network-workers-seclist',
      lifecycle: { ignore_changes: ['ingress_security_rules', 'egress_security_rules'] },
      vcn_id: idOf(json, 'oci_core_vcn', 'vcn'),
    });
  });

  test('one NSG per role', () => {
    const { json } = createNetwork();
    expect(count(json, 'oci_core_network_security_group')).toBe(4);
    for (const role of ['api-endpoint', 'workers', 'pods', 'load-balancers']) {
      expect(resource(json, 'oci_core_network_security_group', `${role}-nsg`)).toEqual({
        compartment_id: COMPARTMENT,
        display_name: `network-${role}-nsg`,
        vcn_id: idOf(json, 'oci_core_vcn', 'vcn'),
      });
    }
  });

  test('tags and display name prefix', () => {
    const { json } = createNetwork({ displayNamePrefix: 'prod', freeformTags: { team: 'platform' } });
    expect(resource(json, 'oci_core_vcn', 'vcn').display_name).toBe('prod-vcn');
    expect(resource(json, 'oci_core_vcn', 'vcn').freeform_tags).toEqual({ team: 'platform' });
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').freeform_tags).toEqual({ team: 'platform' });
    expect(resource(json, 'oci_core_network_security_group', 'pods-nsg').display_name).toBe('prod-pods-nsg');
  });

  test('exposes IOkeNetwork members', () => {
    const { stack, network, json } = createNetwork();
    const asInterface: IOkeNetwork = network;
    const nsg = (role: string): string => idOf(json, 'oci_core_network_security_group', `${role}-nsg`);
    const subnet = (role: string): string => idOf(json, 'oci_core_subnet', `${role}-subnet`);

    expect(asInterface.cni).toBe(CniType.VCN_NATIVE);
    expect(asInterface.vcnCidrs).toEqual(['10.0.0.0/16']);
    expect(asInterface.apiEndpointIsPublic).toBe(false);
    expect(asInterface.workerSubnetCidr).toBe('10.0.16.0/20');
    expect(asInterface.podSubnetCidr).toBe('10.0.128.0/17');
    expect(
      resolveAll(stack, {
        vcnOcid: asInterface.vcnOcid,
        apiEndpointSubnetOcid: asInterface.apiEndpointSubnetOcid,
        apiEndpointNsgOcids: asInterface.apiEndpointNsgOcids,
        workerSubnetOcid: asInterface.workerSubnetOcid,
        workerNsgOcids: asInterface.workerNsgOcids,
        podSubnetOcid: asInterface.podSubnetOcid,
        podNsgOcids: asInterface.podNsgOcids,
        loadBalancerSubnetOcids: asInterface.loadBalancerSubnetOcids,
        loadBalancerNsgOcids: asInterface.loadBalancerNsgOcids,
      }),
    ).toEqual({
      vcnOcid: idOf(json, 'oci_core_vcn', 'vcn'),
      apiEndpointSubnetOcid: subnet('api-endpoint'),
      apiEndpointNsgOcids: [nsg('api-endpoint')],
      workerSubnetOcid: subnet('workers'),
      workerNsgOcids: [nsg('workers')],
      podSubnetOcid: subnet('pods'),
      podNsgOcids: [nsg('pods')],
      loadBalancerSubnetOcids: [subnet('load-balancers')],
      loadBalancerNsgOcids: [nsg('load-balancers')],
    });
  });
});

describe('OkeNetwork variants', () => {
  test('flannel has no pod subnet or pod NSG', () => {
    const { network, json } = createNetwork({ cni: CniType.FLANNEL });
    expect(count(json, 'oci_core_subnet')).toBe(3);
    expect(count(json, 'oci_core_network_security_group')).toBe(3);
    expect(count(json, 'oci_core_network_security_group_security_rule')).toBe(24);
    expect(network.podSubnet).toBeUndefined();
    expect(network.podSubnetOcid).toBeUndefined();
    expect(network.podSubnetCidr).toBeUndefined();
    expect(network.podNsgOcids).toEqual([]);
  });

  test('public API endpoint and workers', () => {
    const { network, json } = createNetwork({ apiEndpointSubnet: { isPublic: true }, workerSubnet: { isPublic: true } });
    const publicRoutes = idOf(json, 'oci_core_route_table', 'public-route-table');
    expect(resource(json, 'oci_core_subnet', 'api-endpoint-subnet').prohibit_public_ip_on_vnic).toBe(false);
    expect(resource(json, 'oci_core_subnet', 'api-endpoint-subnet').route_table_id).toBe(publicRoutes);
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').prohibit_public_ip_on_vnic).toBe(false);
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').route_table_id).toBe(publicRoutes);
    expect(resource(json, 'oci_core_subnet', 'pods-subnet').prohibit_public_ip_on_vnic).toBe(true);
    expect(network.apiEndpointIsPublic).toBe(true);
    expect(warnings(network)).toEqual([
      'The Kubernetes API endpoint subnet is public, so the endpoint can get a public IP address; clients in 10.0.0.0/16 may reach port 6443. [oci:public-api-endpoint]',
      'Worker nodes are in a public subnet and can get public IP addresses: keep them private unless they must be reachable from the internet. [oci:public-workers]',
    ]);
  });

  test('private defaults warn nothing', () => {
    const { network } = createNetwork();
    expect(warnings(network)).toEqual([]);
  });

  test('acknowledged warning is silent', () => {
    const { stack } = testStack();
    acknowledgeWarning(stack, 'oci:public-api-endpoint');
    const network = new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT, apiEndpointSubnet: { isPublic: true } });
    expect(warnings(network)).toEqual([]);
  });

  test('all private: no internet gateway', () => {
    const { network, json } = createNetwork({ loadBalancerSubnet: { isPublic: false } });
    expect(json.resource.oci_core_internet_gateway).toBeUndefined();
    expect(network.internetGateway).toBeUndefined();
    expect(network.publicRouteTable).toBeUndefined();
    expect(resource(json, 'oci_core_subnet', 'load-balancers-subnet').route_table_id).toBe(idOf(json, 'oci_core_route_table', 'private-route-table'));
    expect(resource(json, 'oci_core_subnet', 'load-balancers-subnet').prohibit_public_ip_on_vnic).toBe(true);
  });

  test('private load balancers admit the VCN by default', () => {
    const { network } = createNetwork({ loadBalancerSubnet: { isPublic: false } });
    const clientRules = network.securityRules.filter((rule) => rule.nsg === 'load-balancers' && rule.direction === 'INGRESS').map(describeRule);
    expect(clientRules).toEqual(['load-balancers from 10.0.0.0/16: tcp 443 | Clients in 10.0.0.0/16 to load balancer listeners on port 443']);
  });

  test('without NAT gateway', () => {
    const { network, json } = createNetwork({ createNatGateway: false });
    expect(json.resource.oci_core_nat_gateway).toBeUndefined();
    expect(network.natGateway).toBeUndefined();
    expect(resource(json, 'oci_core_route_table', 'private-route-table').route_rules).toHaveLength(1);
    expect(resource(json, 'oci_core_route_table', 'private-route-table').route_rules[0].destination_type).toBe('SERVICE_CIDR_BLOCK');
    const internetRules = network.securityRules.filter((rule) => rule.direction === 'EGRESS' && rule.peer.kind === 'cidr' && rule.protocol === SecurityRuleProtocol.TCP);
    expect(internetRules).toEqual([]);
  });

  test('all public: no service gateway', () => {
    const { network, json } = createNetwork({ cni: CniType.FLANNEL, apiEndpointSubnet: { isPublic: true }, workerSubnet: { isPublic: true } });
    expect(json.resource.oci_core_service_gateway).toBeUndefined();
    expect(json.resource.oci_core_nat_gateway).toBeUndefined();
    expect(network.privateRouteTable).toBeUndefined();
    expect(network.securityRules.map((rule) => rule.key)).toContain('workers-to-anywhere-tcp');
  });

  test('custom CIDRs and DNS labels', () => {
    const { json } = createNetwork({
      vcnCidrs: ['172.16.0.0/16', '172.17.0.0/16'],
      vcnDnsLabel: 'prod1',
      apiEndpointSubnet: { cidr: '172.16.0.0/29', dnsLabel: 'kubeapi' },
      workerSubnet: { cidr: '172.16.32.0/19' },
      podSubnet: { cidr: '172.17.0.0/16', dnsLabel: 'podnet' },
      loadBalancerSubnet: { cidr: '172.16.2.0/24' },
    });
    expect(resource(json, 'oci_core_vcn', 'vcn').cidr_blocks).toEqual(['172.16.0.0/16', '172.17.0.0/16']);
    expect(resource(json, 'oci_core_vcn', 'vcn').dns_label).toBe('prod1');
    expect(resource(json, 'oci_core_subnet', 'api-endpoint-subnet').cidr_block).toBe('172.16.0.0/29');
    expect(resource(json, 'oci_core_subnet', 'api-endpoint-subnet').dns_label).toBe('kubeapi');
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').cidr_block).toBe('172.16.32.0/19');
    expect(resource(json, 'oci_core_subnet', 'pods-subnet').cidr_block).toBe('172.17.0.0/16');
    expect(resource(json, 'oci_core_subnet', 'pods-subnet').dns_label).toBe('podnet');
    expect(resource(json, 'oci_core_subnet', 'load-balancers-subnet').cidr_block).toBe('172.16.2.0/24');
  });

  test('default layout follows the VCN block', () => {
    const { json } = createNetwork({ vcnCidrs: ['192.168.64.0/18'] });
    expect(resource(json, 'oci_core_subnet', 'api-endpoint-subnet').cidr_block).toBe('192.168.64.0/30');
    expect(resource(json, 'oci_core_subnet', 'load-balancers-subnet').cidr_block).toBe('192.168.64.64/26');
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').cidr_block).toBe('192.168.68.0/22');
    expect(resource(json, 'oci_core_subnet', 'pods-subnet').cidr_block).toBe('192.168.96.0/19');
  });

  test('token VCN CIDR divided by Terraform', () => {
    const { stack } = testStack();
    const vcnCidr = new TerraformVariable(stack, 'vcn_cidr', { type: 'string' });
    new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT, vcnCidrs: [vcnCidr.stringValue] });
    const json = synthJson(stack);
    expect(resource(json, 'oci_core_vcn', 'vcn').cidr_blocks).toEqual(['${var.vcn_cidr}']);
    expect(resource(json, 'oci_core_subnet', 'api-endpoint-subnet').cidr_block).toBe('${cidrsubnet(var.vcn_cidr, 12, 0)}');
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').cidr_block).toBe('${cidrsubnet(var.vcn_cidr, 4, 1)}');
    expect(resource(json, 'oci_core_subnet', 'pods-subnet').cidr_block).toBe('${cidrsubnet(var.vcn_cidr, 1, 1)}');
    expect(resource(json, 'oci_core_subnet', 'load-balancers-subnet').cidr_block).toBe('${cidrsubnet(var.vcn_cidr, 8, 1)}');
  });

  test('token list of VCN CIDRs', () => {
    const { stack } = testStack();
    const vcnCidrs = new TerraformVariable(stack, 'vcn_cidrs', { type: 'list(string)' });
    new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT, vcnCidrs: vcnCidrs.listValue });
    const json = synthJson(stack);
    expect(resource(json, 'oci_core_vcn', 'vcn').cidr_blocks).toBe('${var.vcn_cidrs}');
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').cidr_block).toBe('${cidrsubnet(element(var.vcn_cidrs, 0), 4, 1)}');
    const clientRule = resource(json, 'oci_core_network_security_group_security_rule', 'api-endpoint-from-clients-tcp-6443');
    expect(clientRule.for_each).toBe('${toset(var.vcn_cidrs)}');
    expect(clientRule.source).toBe('${each.value}');
    expect(clientRule.description).toBe('Allowed clients to the Kubernetes API server');
  });

  test('token subnet CIDR passes', () => {
    const { stack } = testStack();
    const workerCidr = new TerraformVariable(stack, 'worker_cidr', { type: 'string' });
    new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT, workerSubnet: { cidr: workerCidr.stringValue }, vcnDnsLabel: workerCidr.stringValue });
    const json = synthJson(stack);
    expect(resource(json, 'oci_core_subnet', 'workers-subnet').cidr_block).toBe('${var.worker_cidr}');
  });
});

describe('OkeNetwork security rules', () => {
  const defaults = {
    apiEndpointClientCidrs: ['10.0.0.0/16'],
    loadBalancerClientCidrs: ['0.0.0.0/0'],
    loadBalancerListenerPorts: [443],
    workerInternetEgress: true,
  };

  test('VCN-native rule table', () => {
    const rules = okeSecurityRules({ ...defaults, cni: CniType.VCN_NATIVE, podInternetEgress: true });
    expect(rules.map(describeRule)).toEqual([
      'api-endpoint from workers: tcp 6443 | Worker nodes to the Kubernetes API server',
      'api-endpoint from workers: tcp 12250 | Worker nodes to the OKE control plane',
      'api-endpoint from workers: icmp type 3 code 4 | Path MTU discovery from worker nodes',
      'api-endpoint from pods: tcp 6443 | Pods to the Kubernetes API server',
      'api-endpoint from pods: tcp 12250 | Pods to the OKE control plane',
      'api-endpoint from 10.0.0.0/16: tcp 6443 | Clients in 10.0.0.0/16 to the Kubernetes API server',
      'api-endpoint to oracle-services: tcp 443 | Kubernetes API endpoint to OKE in the Oracle Services Network',
      'api-endpoint to workers: tcp 10250 | Kubernetes control plane to the kubelet on worker nodes',
      'api-endpoint to workers: icmp type 3 code 4 | Path MTU discovery to worker nodes',
      'api-endpoint to pods: all | Kubernetes control plane to pods, such as admission webhooks',
      'workers from workers: all | Traffic between worker nodes',
      'workers from pods: all | Pods to worker nodes',
      'workers from api-endpoint: tcp 10250 | Kubernetes control plane to the kubelet',
      'workers from 0.0.0.0/0: icmp type 3 code 4 | Path MTU discovery',
      'workers from load-balancers: tcp 30000-32767 | Load balancers to NodePort services over TCP',
      'workers from load-balancers: udp 30000-32767 | Load balancers to NodePort services over UDP',
      'workers from load-balancers: tcp 10256 | Load balancer health checks to kube-proxy',
      'workers to workers: all | Traffic between worker nodes',
      'workers to pods: all | Worker nodes to pods',
      'workers to 0.0.0.0/0: icmp type 3 code 4 | Path MTU discovery',
      'workers to oracle-services: tcp | Worker nodes to OKE, OCIR and other services in the Oracle Services Network',
      'workers to api-endpoint: tcp 6443 | Worker nodes to the Kubernetes API server',
      'workers to api-endpoint: tcp 12250 | Worker nodes to the OKE control plane',
      'workers to 0.0.0.0/0: tcp | Worker nodes to the internet, such as image registries outside OCIR',
      'pods from api-endpoint: all | Kubernetes control plane to pods, such as admission webhooks',
      'pods from workers: all | Worker nodes to pods',
      'pods from pods: all | Traffic between pods',
      'pods from 0.0.0.0/0: icmp type 3 code 4 | Path MTU discovery',
      'pods to pods: all | Traffic between pods',
      'pods to workers: all | Pods to worker nodes',
      'pods to api-endpoint: tcp 6443 | Pods to the Kubernetes API server',
      'pods to api-endpoint: tcp 12250 | Pods to the OKE control plane',
      'pods to oracle-services: tcp | Pods to services in the Oracle Services Network',
      'pods to 0.0.0.0/0: icmp type 3 code 4 | Path MTU discovery',
      'pods to 0.0.0.0/0: tcp 443 | Pods to HTTPS endpoints on the internet',
      'load-balancers from 0.0.0.0/0: tcp 443 | Clients in 0.0.0.0/0 to load balancer listeners on port 443',
      'load-balancers to workers: tcp 30000-32767 | Load balancers to NodePort services over TCP',
      'load-balancers to workers: udp 30000-32767 | Load balancers to NodePort services over UDP',
      'load-balancers to workers: tcp 10256 | Load balancer health checks to kube-proxy',
      'load-balancers to workers: icmp type 3 code 4 | Path MTU discovery to worker nodes',
    ]);
  });

  test('flannel rule table', () => {
    const rules = okeSecurityRules({ ...defaults, cni: CniType.FLANNEL, podInternetEgress: false });
    expect(rules.map(describeRule)).toEqual([
      'api-endpoint from workers: tcp 6443 | Worker nodes to the Kubernetes API server',
      'api-endpoint from workers: tcp 12250 | Worker nodes to the OKE control plane',
      'api-endpoint from workers: icmp type 3 code 4 | Path MTU discovery from worker nodes',
      'api-endpoint from 10.0.0.0/16: tcp 6443 | Clients in 10.0.0.0/16 to the Kubernetes API server',
      'api-endpoint to oracle-services: tcp 443 | Kubernetes API endpoint to OKE in the Oracle Services Network',
      'api-endpoint to workers: tcp | Kubernetes control plane to worker nodes and the pods behind them',
      'api-endpoint to workers: icmp type 3 code 4 | Path MTU discovery to worker nodes',
      'workers from workers: all | Traffic between worker nodes',
      'workers from api-endpoint: tcp | Kubernetes control plane to worker nodes and the pods behind them',
      'workers from 0.0.0.0/0: icmp type 3 code 4 | Path MTU discovery',
      'workers from load-balancers: tcp 30000-32767 | Load balancers to NodePort services over TCP',
      'workers from load-balancers: udp 30000-32767 | Load balancers to NodePort services over UDP',
      'workers from load-balancers: tcp 10256 | Load balancer health checks to kube-proxy',
      'workers to workers: all | Traffic between worker nodes',
      'workers to 0.0.0.0/0: icmp type 3 code 4 | Path MTU discovery',
      'workers to oracle-services: tcp | Worker nodes to OKE, OCIR and other services in the Oracle Services Network',
      'workers to api-endpoint: tcp 6443 | Worker nodes to the Kubernetes API server',
      'workers to api-endpoint: tcp 12250 | Worker nodes to the OKE control plane',
      'workers to 0.0.0.0/0: tcp | Worker nodes to the internet, such as image registries outside OCIR',
      'load-balancers from 0.0.0.0/0: tcp 443 | Clients in 0.0.0.0/0 to load balancer listeners on port 443',
      'load-balancers to workers: tcp 30000-32767 | Load balancers to NodePort services over TCP',
      'load-balancers to workers: udp 30000-32767 | Load balancers to NodePort services over UDP',
      'load-balancers to workers: tcp 10256 | Load balancer health checks to kube-proxy',
      'load-balancers to workers: icmp type 3 code 4 | Path MTU discovery to worker nodes',
    ]);
  });

  test('rule keys are unique', () => {
    const rules = okeSecurityRules({ ...defaults, apiEndpointClientCidrs: ['10.0.0.0/16', '192.168.1.0/24'], loadBalancerListenerPorts: [80, 443], cni: CniType.VCN_NATIVE, podInternetEgress: true });
    const keys = rules.map((rule) => rule.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('api-endpoint-from-192.168.1.0-24-tcp-6443');
    expect(keys).toContain('load-balancers-from-anywhere-tcp-80');
  });

  test('synthesized rule count', () => {
    const { json } = createNetwork();
    expect(count(json, 'oci_core_network_security_group_security_rule')).toBe(40);
  });

  test('workers to API endpoint on 6443', () => {
    const { json } = createNetwork();
    const apiNsg = idOf(json, 'oci_core_network_security_group', 'api-endpoint-nsg');
    const workerNsg = idOf(json, 'oci_core_network_security_group', 'workers-nsg');
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'api-endpoint-from-workers-tcp-6443')).toEqual({
      description: 'Worker nodes to the Kubernetes API server',
      direction: 'INGRESS',
      network_security_group_id: apiNsg,
      protocol: '6',
      source: workerNsg,
      source_type: 'NETWORK_SECURITY_GROUP',
      stateless: false,
      tcp_options: { destination_port_range: { max: 6443, min: 6443 } },
    });
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'workers-to-api-endpoint-tcp-6443')).toEqual({
      description: 'Worker nodes to the Kubernetes API server',
      destination: apiNsg,
      destination_type: 'NETWORK_SECURITY_GROUP',
      direction: 'EGRESS',
      network_security_group_id: workerNsg,
      protocol: '6',
      stateless: false,
      tcp_options: { destination_port_range: { max: 6443, min: 6443 } },
    });
  });

  test('workers to OKE control plane on 12250', () => {
    const { json } = createNetwork();
    const rule = resource(json, 'oci_core_network_security_group_security_rule', 'api-endpoint-from-workers-tcp-12250');
    expect(rule.source).toBe(idOf(json, 'oci_core_network_security_group', 'workers-nsg'));
    expect(rule.tcp_options).toEqual({ destination_port_range: { max: 12250, min: 12250 } });
    expect(rule.description).toBe('Worker nodes to the OKE control plane');
  });

  test('control plane to kubelet on 10250', () => {
    const { json } = createNetwork();
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'workers-from-api-endpoint-tcp-10250')).toEqual({
      description: 'Kubernetes control plane to the kubelet',
      direction: 'INGRESS',
      network_security_group_id: idOf(json, 'oci_core_network_security_group', 'workers-nsg'),
      protocol: '6',
      source: idOf(json, 'oci_core_network_security_group', 'api-endpoint-nsg'),
      source_type: 'NETWORK_SECURITY_GROUP',
      stateless: false,
      tcp_options: { destination_port_range: { max: 10250, min: 10250 } },
    });
  });

  test('path MTU discovery ICMP 3/4', () => {
    const { json } = createNetwork();
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'workers-from-anywhere-icmp')).toEqual({
      description: 'Path MTU discovery',
      direction: 'INGRESS',
      icmp_options: { code: 4, type: 3 },
      network_security_group_id: idOf(json, 'oci_core_network_security_group', 'workers-nsg'),
      protocol: '1',
      source: '0.0.0.0/0',
      source_type: 'CIDR_BLOCK',
      stateless: false,
    });
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'api-endpoint-to-workers-icmp').icmp_options).toEqual({ code: 4, type: 3 });
  });

  test('NodePorts from load balancers', () => {
    const { json } = createNetwork();
    const lbNsg = idOf(json, 'oci_core_network_security_group', 'load-balancers-nsg');
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'workers-from-load-balancers-tcp-30000-32767')).toEqual({
      description: 'Load balancers to NodePort services over TCP',
      direction: 'INGRESS',
      network_security_group_id: idOf(json, 'oci_core_network_security_group', 'workers-nsg'),
      protocol: '6',
      source: lbNsg,
      source_type: 'NETWORK_SECURITY_GROUP',
      stateless: false,
      tcp_options: { destination_port_range: { max: 32767, min: 30000 } },
    });
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'workers-from-load-balancers-udp-30000-32767').udp_options).toEqual({
      destination_port_range: { max: 32767, min: 30000 },
    });
  });

  test('Oracle Services Network egress uses the service CIDR label', () => {
    const { json } = createNetwork();
    const services = Object.keys(json.data.oci_core_services)[0];
    expect(resource(json, 'oci_core_network_security_group_security_rule', 'workers-to-oracle-services-tcp')).toEqual({
      description: 'Worker nodes to OKE, OCIR and other services in the Oracle Services Network',
      destination: `\${data.oci_core_services.${services}.services[0].cidr_block}`,
      destination_type: 'SERVICE_CIDR_BLOCK',
      direction: 'EGRESS',
      network_security_group_id: idOf(json, 'oci_core_network_security_group', 'workers-nsg'),
      protocol: '6',
      stateless: false,
    });
  });

  test('client CIDRs and listener ports', () => {
    const { network } = createNetwork({
      apiEndpointAllowedCidrs: ['192.168.10.0/24', '203.0.113.7/32'],
      loadBalancerAllowedCidrs: ['198.51.100.0/24'],
      loadBalancerListenerPorts: [80, 443],
    });
    const clientRules = network.securityRules.filter((rule) => rule.peer.kind === 'cidr' && rule.direction === 'INGRESS' && rule.protocol === SecurityRuleProtocol.TCP).map(describeRule);
    expect(clientRules).toEqual([
      'api-endpoint from 192.168.10.0/24: tcp 6443 | Clients in 192.168.10.0/24 to the Kubernetes API server',
      'api-endpoint from 203.0.113.7/32: tcp 6443 | Clients in 203.0.113.7/32 to the Kubernetes API server',
      'load-balancers from 198.51.100.0/24: tcp 80 | Clients in 198.51.100.0/24 to load balancer listeners on port 80',
      'load-balancers from 198.51.100.0/24: tcp 443 | Clients in 198.51.100.0/24 to load balancer listeners on port 443',
    ]);
  });
});

describe('OkeNetwork validation', () => {
  test('invalid CIDR syntax', () => {
    expect(networkError({ vcnCidrs: ['10.0.0.0'] })).toBe(
      HEADER + "  - vcnCidrs[0]: '10.0.0.0' is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16",
    );
  });

  test('subnet CIDR syntax', () => {
    expect(networkError({ workerSubnet: { cidr: '10.0.16/20' } })).toBe(
      HEADER + "  - workerSubnet.cidr: '10.0.16/20' is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16",
    );
  });

  test('host bits set', () => {
    expect(networkError({ workerSubnet: { cidr: '10.0.16.1/20' } })).toBe(
      HEADER + "  - workerSubnet.cidr: '10.0.16.1/20' has host bits set: use 10.0.16.0/20, the network address of that block",
    );
  });

  test('subnet outside the VCN', () => {
    expect(networkError({ podSubnet: { cidr: '10.1.0.0/17' } })).toBe(
      HEADER + "  - podSubnet.cidr: '10.1.0.0/17' is not inside any VCN CIDR block (10.0.0.0/16): choose a block inside one of them",
    );
  });

  test('subnets overlap', () => {
    expect(networkError({ podSubnet: { cidr: '10.0.0.0/17' } })).toBe(
      HEADER +
        "  - podSubnet.cidr: '10.0.0.0/17' overlaps apiEndpointSubnet.cidr (10.0.0.0/28): the subnets of a VCN must not overlap\n" +
        "  - loadBalancerSubnet.cidr: '10.0.1.0/24' overlaps podSubnet.cidr (10.0.0.0/17): the subnets of a VCN must not overlap",
    );
  });

  test('VCN prefix outside /16 to /30', () => {
    expect(networkError({ vcnCidrs: ['10.0.0.0/8'], apiEndpointSubnet: { cidr: '10.0.0.0/28' }, workerSubnet: { cidr: '10.1.0.0/16' }, podSubnet: { cidr: '10.2.0.0/16' }, loadBalancerSubnet: { cidr: '10.0.1.0/24' } })).toBe(
      HEADER + "  - vcnCidrs[0]: '10.0.0.0/8' must have a prefix length from /16 to /30, the VCN sizes OCI allows",
    );
  });

  test('invalid VCN block derives no subnets', () => {
    expect(networkError({ vcnCidrs: ['10.0.0.0/8'] })).toBe(HEADER + "  - vcnCidrs[0]: '10.0.0.0/8' must have a prefix length from /16 to /30, the VCN sizes OCI allows");
    expect(networkError({ vcnCidrs: ['240.0.0.0/16'] })).toBe(
      HEADER + "  - vcnCidrs[0]: '240.0.0.0/16' overlaps 240.0.0.0/4, which OCI reserves (class E, reserved for future use): choose another range, such as one from RFC 1918",
    );
  });

  test('subnets are derived from a valid first block', () => {
    expect(networkError({ vcnCidrs: ['10.0.0.0/16', '10.0.128.0/17'] })).toBe(
      HEADER + "  - vcnCidrs[1]: '10.0.128.0/17' overlaps vcnCidrs[0] (10.0.0.0/16): the CIDR blocks of a VCN must not overlap",
    );
  });

  test('VCN in a reserved range', () => {
    expect(networkError({ vcnCidrs: ['169.254.0.0/16'] })).toBe(
      HEADER + "  - vcnCidrs[0]: '169.254.0.0/16' overlaps 169.254.0.0/16, which OCI reserves (instance metadata, iSCSI and other OCI services): choose another range, such as one from RFC 1918",
    );
  });

  test('VCN blocks overlap', () => {
    expect(networkError({ vcnCidrs: ['10.0.0.0/16', '10.0.128.0/17'] })).toBe(
      HEADER + "  - vcnCidrs[1]: '10.0.128.0/17' overlaps vcnCidrs[0] (10.0.0.0/16): the CIDR blocks of a VCN must not overlap",
    );
  });

  test('no VCN block', () => {
    expect(networkError({ vcnCidrs: [] })).toBe(HEADER + '  - vcnCidrs: [] must contain at least one CIDR block');
  });

  test('subnet prefix outside /16 to /30', () => {
    expect(networkError({ apiEndpointSubnet: { cidr: '10.0.0.0/31' } })).toBe(
      HEADER + "  - apiEndpointSubnet.cidr: '10.0.0.0/31' must have a prefix length from /16 to /30: OCI subnets are at most /16, and OCI reserves 3 addresses of each",
    );
  });

  test('VCN too small for the default layout', () => {
    expect(networkError({ vcnCidrs: ['10.0.0.0/20'], apiEndpointSubnet: { cidr: '10.0.0.0/28' } })).toBe(
      HEADER + "  - vcnCidrs[0]: '10.0.0.0/20' is smaller than /18, too small for the default subnet layout: set workerSubnet.cidr, podSubnet.cidr, loadBalancerSubnet.cidr",
    );
  });

  test('DNS labels', () => {
    expect(networkError({ vcnDnsLabel: 'my-vcn', workerSubnet: { dnsLabel: '1workers' }, loadBalancerSubnet: { dnsLabel: 'loadbalancersabc' } })).toBe(
      HEADER +
        "  - vcnDnsLabel: 'my-vcn' must be 1 to 15 letters and digits, starting with a letter\n" +
        "  - workerSubnet.dnsLabel: '1workers' must be 1 to 15 letters and digits, starting with a letter\n" +
        "  - loadBalancerSubnet.dnsLabel: 'loadbalancersabc' must be 1 to 15 letters and digits, starting with a letter",
    );
  });

  test('duplicate subnet DNS label', () => {
    expect(networkError({ podSubnet: { dnsLabel: 'Workers' } })).toBe(
      HEADER + "  - podSubnet.dnsLabel: 'Workers' is already the DNS label of workerSubnet: subnet DNS labels must be unique in the VCN",
    );
  });

  test('compartment OCID kind', () => {
    expect(networkError({ compartmentOcid: VCN_OCID })).toBe(
      HEADER +
        "  - compartmentOcid: 'ocid1.vcn.oc1.iad.aaaaaaaavcn' is an OCID of kind 'vcn': expected 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'",
    );
  });

  test('pod subnet with flannel', () => {
    expect(networkError({ cni: CniType.FLANNEL, podSubnet: { cidr: '10.0.128.0/17' } })).toBe(
      HEADER + '  - podSubnet: {"cidr":"10.0.128.0/17"} is only used with VCN-native pod networking: remove it or set cni to CniType.VCN_NATIVE',
    );
  });

  test('allowed CIDRs', () => {
    expect(networkError({ apiEndpointAllowedCidrs: ['10.0.0.0/16', '10.0.0.0/16'], loadBalancerAllowedCidrs: ['0.0.0.0'] })).toBe(
      HEADER +
        "  - apiEndpointAllowedCidrs[1]: '10.0.0.0/16' is listed more than once: remove the duplicate\n" +
        "  - loadBalancerAllowedCidrs[0]: '0.0.0.0' is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16",
    );
  });

  test('listener ports', () => {
    expect(networkError({ loadBalancerListenerPorts: [0, 443, 443, 8080.5] })).toBe(
      HEADER +
        '  - loadBalancerListenerPorts[0]: 0 must be a whole number from 1 to 65535\n' +
        '  - loadBalancerListenerPorts[2]: 443 is listed more than once: remove the duplicate\n' +
        '  - loadBalancerListenerPorts[3]: 8080.5 must be a whole number from 1 to 65535',
    );
  });

  test('listener ports as a list token', () => {
    const { stack } = testStack();
    const ports = new TerraformVariable(stack, 'ports', { type: 'list(number)' });
    const message = errorMessage(() => new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT, loadBalancerListenerPorts: Token.asNumberList(ports.value) }));
    expect(message).toMatch(/^OkeNetwork 'test\/network' has invalid configuration:\n {2}- loadBalancerListenerPorts: .* is a list token: list the ports in code, because each port becomes its own security rule$/);
  });

  test('every problem reported together', () => {
    const message = networkError({ compartmentOcid: 'nope', vcnDnsLabel: '', workerSubnet: { cidr: '192.168.0.0/20' } });
    expect(message).toBe(
      HEADER +
        "  - compartmentOcid: 'nope' is not an OCID: expected 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'\n" +
        "  - vcnDnsLabel: '' must be 1 to 15 letters and digits, starting with a letter\n" +
        "  - workerSubnet.cidr: '192.168.0.0/20' is not inside any VCN CIDR block (10.0.0.0/16): choose a block inside one of them",
    );
  });

  test('missing compartment', () => {
    const { stack } = testStack();
    expect(errorMessage(() => new OkeNetwork(stack, 'network', {} as OkeNetworkProps))).toBe(
      HEADER + "  - compartmentOcid: undefined is missing: give the OCID of the compartment for the network resources",
    );
  });

  test('unknown CNI', () => {
    expect(networkError({ cni: 'CALICO' as CniType })).toBe(HEADER + "  - cni: 'CALICO' is not a CniType: use 'OCI_VCN_IP_NATIVE' or 'FLANNEL_OVERLAY'");
  });

  test('lists given as strings', () => {
    const props = { vcnCidrs: '10.0.0.0/16', apiEndpointAllowedCidrs: '10.0.0.0/8', loadBalancerListenerPorts: 443 } as unknown as Partial<OkeNetworkProps>;
    expect(networkError(props)).toBe(
      HEADER +
        "  - vcnCidrs: '10.0.0.0/16' must be an array\n" +
        "  - apiEndpointAllowedCidrs: '10.0.0.0/8' must be an array\n" +
        '  - loadBalancerListenerPorts: 443 must be an array',
    );
  });

  test('list token client CIDRs pass', () => {
    const { stack } = testStack();
    const clients = new TerraformVariable(stack, 'clients', { type: 'list(string)' });
    const props = { compartmentOcid: COMPARTMENT, apiEndpointAllowedCidrs: clients.listValue, loadBalancerAllowedCidrs: Token.asList(clients.value) };
    expect(() => new OkeNetwork(stack, 'network', props)).not.toThrow();
  });

  test('needs an OciEnvironment', () => {
    const { app } = testStack();
    const bare = new TerraformStack(app, 'bare');
    expect(() => new OkeNetwork(bare, 'network', { compartmentOcid: COMPARTMENT })).toThrow(
      "'bare/network' needs an OciEnvironment in stack 'bare'",
    );
  });
});

describe('OkeNetwork.fromExisting', () => {
  const existing = {
    vcnOcid: VCN_OCID,
    cni: CniType.VCN_NATIVE,
    apiEndpointSubnetOcid: SUBNET_OCID,
    workerSubnetOcid: SUBNET_OCID,
    podSubnetOcid: POD_SUBNET_OCID,
    loadBalancerSubnetOcids: [LB_SUBNET_OCID],
  };

  test('returns the given attributes', () => {
    const { stack } = testStack();
    const network = OkeNetwork.fromExisting(stack, 'network', {
      ...existing,
      workerNsgOcids: [NSG_OCID],
      vcnCidrs: ['10.0.0.0/16'],
      workerSubnetCidr: '10.0.16.0/20',
      podSubnetCidr: '10.0.128.0/17',
    });
    expect(network.vcnOcid).toBe(VCN_OCID);
    expect(network.cni).toBe(CniType.VCN_NATIVE);
    expect(network.apiEndpointSubnetOcid).toBe(SUBNET_OCID);
    expect(network.apiEndpointIsPublic).toBe(false);
    expect(network.apiEndpointNsgOcids).toEqual([]);
    expect(network.workerSubnetOcid).toBe(SUBNET_OCID);
    expect(network.workerNsgOcids).toEqual([NSG_OCID]);
    expect(network.podSubnetOcid).toBe(POD_SUBNET_OCID);
    expect(network.podNsgOcids).toEqual([]);
    expect(network.loadBalancerSubnetOcids).toEqual([LB_SUBNET_OCID]);
    expect(network.loadBalancerNsgOcids).toEqual([]);
    expect(network.vcnCidrs).toEqual(['10.0.0.0/16']);
    expect(network.workerSubnetCidr).toBe('10.0.16.0/20');
    expect(network.podSubnetCidr).toBe('10.0.128.0/17');
    expect(synthJson(stack).resource).toBeUndefined();
  });

  test('checks OCID kinds', () => {
    const { stack } = testStack();
    const message = errorMessage(() =>
      OkeNetwork.fromExisting(stack, 'network', { ...existing, vcnOcid: SUBNET_OCID, workerSubnetOcid: VCN_OCID, podNsgOcids: [SUBNET_OCID] }),
    );
    expect(message).toBe(
      "OkeNetwork.fromExisting 'test/network' has invalid configuration:\n" +
        "  - vcnOcid: 'ocid1.subnet.oc1.iad.aaaaaaaasubnet' is an OCID of kind 'subnet': expected 'ocid1.vcn.<realm>.<region>.<unique id>'\n" +
        "  - workerSubnetOcid: 'ocid1.vcn.oc1.iad.aaaaaaaavcn' is an OCID of kind 'vcn': expected 'ocid1.subnet.<realm>.<region>.<unique id>'\n" +
        "  - podNsgOcids[0]: 'ocid1.subnet.oc1.iad.aaaaaaaasubnet' is an OCID of kind 'subnet': expected 'ocid1.networksecuritygroup.<realm>.<region>.<unique id>'",
    );
  });

  test('VCN-native needs a pod subnet', () => {
    const { stack } = testStack();
    const message = errorMessage(() => OkeNetwork.fromExisting(stack, 'network', { ...existing, podSubnetOcid: undefined }));
    expect(message).toBe("OkeNetwork.fromExisting 'test/network' has invalid configuration:\n  - podSubnetOcid: undefined is missing: VCN-native pod networking needs a pod subnet");
  });

  test('flannel rejects pod subnet and NSGs', () => {
    const { stack } = testStack();
    const message = errorMessage(() => OkeNetwork.fromExisting(stack, 'network', { ...existing, cni: CniType.FLANNEL, podNsgOcids: [NSG_OCID] }));
    expect(message).toBe(
      "OkeNetwork.fromExisting 'test/network' has invalid configuration:\n" +
        "  - podSubnetOcid: 'ocid1.subnet.oc1.iad.aaaaaaaapods' is only used with VCN-native pod networking: remove it or set cni to CniType.VCN_NATIVE\n" +
        '  - podNsgOcids: ["ocid1.networksecuritygroup.oc1.iad.aaaaaaaansg"] is only used with VCN-native pod networking: remove it or set cni to CniType.VCN_NATIVE',
    );
  });

  test('checks known CIDRs', () => {
    const { stack } = testStack();
    const props = { ...existing, vcnCidrs: ['10.0.0.0/16'], workerSubnetCidr: '10.1.0.0/20', podSubnetCidr: '10.0.0.1/17' };
    const message = errorMessage(() => OkeNetwork.fromExisting(stack, 'network', props));
    expect(message).toBe(
      "OkeNetwork.fromExisting 'test/network' has invalid configuration:\n" +
        "  - workerSubnetCidr: '10.1.0.0/20' is not inside any VCN CIDR block (10.0.0.0/16): check the subnet and vcnCidrs\n" +
        "  - podSubnetCidr: '10.0.0.1/17' has host bits set: use 10.0.0.0/17, the network address of that block",
    );
  });

  test('token OCIDs and CIDRs pass', () => {
    const { stack } = testStack();
    const vcn = new TerraformVariable(stack, 'vcn', { type: 'string' });
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    const network = OkeNetwork.fromExisting(stack, 'network', { ...existing, vcnOcid: vcn.stringValue, vcnCidrs: [cidr.stringValue], workerSubnetCidr: '10.9.0.0/20' });
    expect(resolveAll(stack, { vcnOcid: network.vcnOcid, vcnCidrs: network.vcnCidrs })).toEqual({ vcnOcid: '${var.vcn}', vcnCidrs: ['${var.cidr}'] });
  });

  test('missing required props', () => {
    const { stack } = testStack();
    const message = errorMessage(() => OkeNetwork.fromExisting(stack, 'network', {} as ExistingOkeNetworkProps));
    expect(message).toBe(
      "OkeNetwork.fromExisting 'test/network' has invalid configuration:\n" +
        '  - vcnOcid: undefined is missing: give the OCID of the VCN\n' +
        '  - apiEndpointSubnetOcid: undefined is missing: give the OCID of the subnet of the Kubernetes API endpoint\n' +
        '  - workerSubnetOcid: undefined is missing: give the OCID of the worker node subnet\n' +
        '  - cni: undefined is missing: give the CNI the network was built for, CniType.VCN_NATIVE or CniType.FLANNEL\n' +
        '  - loadBalancerSubnetOcids: undefined is missing: list the OCIDs of the load balancer subnets, or [] when the cluster creates no load balancers',
    );
  });

  test('unknown CNI and mistyped lists', () => {
    const { stack } = testStack();
    const props = { ...existing, cni: 'flannel', loadBalancerSubnetOcids: LB_SUBNET_OCID, vcnCidrs: '10.0.0.0/16', apiEndpointIsPublic: 'yes' } as unknown as ExistingOkeNetworkProps;
    expect(errorMessage(() => OkeNetwork.fromExisting(stack, 'network', props))).toBe(
      "OkeNetwork.fromExisting 'test/network' has invalid configuration:\n" +
        "  - cni: 'flannel' is not a CniType: use 'OCI_VCN_IP_NATIVE' or 'FLANNEL_OVERLAY'\n" +
        "  - apiEndpointIsPublic: 'yes' must be true or false\n" +
        `  - loadBalancerSubnetOcids: '${LB_SUBNET_OCID}' must be an array\n` +
        "  - vcnCidrs: '10.0.0.0/16' must be an array",
    );
  });

  test('list tokens pass', () => {
    const { stack } = testStack();
    const list = new TerraformVariable(stack, 'list', { type: 'list(string)' });
    const network = OkeNetwork.fromExisting(stack, 'network', {
      ...existing,
      loadBalancerSubnetOcids: list.listValue,
      apiEndpointNsgOcids: Token.asList(list.value),
      workerNsgOcids: list.listValue,
      podNsgOcids: [...list.listValue],
      loadBalancerNsgOcids: list.listValue,
      vcnCidrs: list.listValue,
      workerSubnetCidr: '10.9.0.0/20',
    });
    expect(resolveAll(stack, { subnets: network.loadBalancerSubnetOcids, blocks: network.vcnCidrs })).toEqual({ subnets: '${var.list}', blocks: '${var.list}' });
  });

  test('flannel rejects a pod NSG list token', () => {
    const { stack } = testStack();
    const list = new TerraformVariable(stack, 'list', { type: 'list(string)' });
    const message = errorMessage(() => OkeNetwork.fromExisting(stack, 'network', { ...existing, cni: CniType.FLANNEL, podSubnetOcid: undefined, podNsgOcids: list.listValue }));
    expect(message).toMatch(/^OkeNetwork.fromExisting 'test\/network' has invalid configuration:\n {2}- podNsgOcids: .* is only used with VCN-native pod networking: remove it or set cni to CniType.VCN_NATIVE$/);
  });

  test('public API endpoint warns', () => {
    const { stack } = testStack();
    const network = OkeNetwork.fromExisting(stack, 'network', { ...existing, apiEndpointIsPublic: true });
    expect(warnings(network)).toEqual([
      'The Kubernetes API endpoint gets a public IP address: check that its network security groups admit only trusted clients. [oci:public-api-endpoint]',
    ]);
  });
});

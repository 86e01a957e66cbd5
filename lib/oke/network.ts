import { ListTerraformIterator, TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { OciEnvironment } from '../core/environment';
import { Validator } from '../core/validation';
import { warnRisk } from '../core/warnings';
import { CoreInternetGateway } from '../generated/providers/oci/core-internet-gateway';
import { CoreNatGateway } from '../generated/providers/oci/core-nat-gateway';
import { CoreNetworkSecurityGroup } from '../generated/providers/oci/core-network-security-group';
import {
  CoreNetworkSecurityGroupSecurityRule,
  CoreNetworkSecurityGroupSecurityRuleConfig,
} from '../generated/providers/oci/core-network-security-group-security-rule';
import { CoreRouteTable, CoreRouteTableRouteRules } from '../generated/providers/oci/core-route-table';
import { CoreSecurityList } from '../generated/providers/oci/core-security-list';
import { CoreServiceGateway } from '../generated/providers/oci/core-service-gateway';
import { CoreSubnet } from '../generated/providers/oci/core-subnet';
import { CoreVcn } from '../generated/providers/oci/core-vcn';
import { DataOciCoreServices } from '../generated/providers/oci/data-oci-core-services';
import { ExistingOkeNetwork, ExistingOkeNetworkProps } from './existing-network';
import { CniType, IOkeNetwork } from './network-interface';
import { planOkeNetwork, SubnetInput, SubnetPlan } from './network-validation';
import { OkeNetworkRole, OkeSecurityRule, okeSecurityRules, SecurityRuleProtocol } from './security-rules';

/** Settings of one subnet of an {@link OkeNetwork}. */
export interface OkeSubnetOptions {
  /** IPv4 CIDR block, inside one of the VCN CIDR blocks. @default - a block of the default layout, see each subnet */
  readonly cidr?: string;
  /** DNS label: 1 to 15 letters and digits, starting with a letter, unique in the VCN. @default - see each subnet */
  readonly dnsLabel?: string;
  /** True for a public subnet, whose VNICs may get public IP addresses and which routes to an internet gateway. @default - see each subnet */
  readonly isPublic?: boolean;
}

/** Settings of the pod subnet, which OKE requires to be private. */
export interface OkePodSubnetOptions {
  /** IPv4 CIDR block, inside one of the VCN CIDR blocks. @default - the second half of the first VCN CIDR block (10.0.128.0/17) */
  readonly cidr?: string;
  /** DNS label: 1 to 15 letters and digits, starting with a letter, unique in the VCN. @default 'pods' */
  readonly dnsLabel?: string;
}

/** Props of {@link OkeNetwork}. */
export interface OkeNetworkProps {
  /** OCID of the compartment for the VCN, subnets, gateways, route tables and network security groups. */
  readonly compartmentOcid: string;
  /** How pods get IP addresses; decides whether a pod subnet exists and which security rules apply. @default CniType.VCN_NATIVE */
  readonly cni?: CniType;
  /** IPv4 CIDR blocks of the VCN, each /16 to /30. Subnets left without a CIDR are carved from the first. @default ['10.0.0.0/16'] */
  readonly vcnCidrs?: string[];
  /** DNS label of the VCN: 1 to 15 letters and digits, starting with a letter. @default 'oke' */
  readonly vcnDnsLabel?: string;
  /** Subnet of the Kubernetes API endpoint. @default - private, 10.0.0.0/28 (the first /28 of the first VCN block), DNS label 'api' */
  readonly apiEndpointSubnet?: OkeSubnetOptions;
  /** Subnet of worker nodes. @default - private, 10.0.16.0/20 (the second /20 of the first VCN block), DNS label 'workers' */
  readonly workerSubnet?: OkeSubnetOptions;
  /** Subnet of pods; VCN-native pod networking only. @default - private, 10.0.128.0/17, DNS label 'pods' */
  readonly podSubnet?: OkePodSubnetOptions;
  /**
   * Subnet of load balancers for Kubernetes services of type LoadBalancer. It is public by default, because
   * a public load balancer needs a public subnet and exposing services is its common use. Set
   * `isPublic: false` when every load balancer is internal.
   * @default - public, 10.0.1.0/24 (the second /24 of the first VCN block), DNS label 'loadbalancers'
   */
  readonly loadBalancerSubnet?: OkeSubnetOptions;
  /** CIDR blocks of clients (kubectl, CI) that may reach the Kubernetes API endpoint on port 6443, public or not. @default - the VCN CIDR blocks */
  readonly apiEndpointAllowedCidrs?: string[];
  /** CIDR blocks of clients that may reach load balancer listeners. @default - ['0.0.0.0/0'] with a public load balancer subnet, or the VCN CIDR blocks with a private one */
  readonly loadBalancerAllowedCidrs?: string[];
  /** TCP ports of load balancer listeners that clients may reach. Each port becomes a rule, so list them in code rather than as one list token. @default [443] */
  readonly loadBalancerListenerPorts?: number[];
  /**
   * Create a NAT gateway so private workers and pods reach the internet, such as image registries outside
   * OCIR. Without it they reach only the VCN and, through the service gateway, OCIR and other OCI services.
   * @default true
   */
  readonly createNatGateway?: boolean;
  /** Prefix of the display names of every resource. @default - the construct id */
  readonly displayNamePrefix?: string;
  /** Free-form tags of every resource. @default - none */
  readonly freeformTags?: Record<string, string>;
}

const DEFAULT_VCN_CIDR = '10.0.0.0/16';
const ANYWHERE = '0.0.0.0/0';

/** Regex for the `oci_core_services` entry named "All <region key> Services In Oracle Services Network". */
const ALL_ORACLE_SERVICES_NAME = 'All .* Services In Oracle Services Network';

/**
 * The network an OKE cluster runs in. It creates a VCN with regional subnets for the Kubernetes API
 * endpoint, worker nodes, pods (VCN-native pod networking) and load balancers, and the gateways and route
 * tables they need. One network security group per role contains the rules OKE requires.
 *
 * Private subnets route 0.0.0.0/0 to a NAT gateway and the Oracle Services Network to a service gateway,
 * which lets private worker nodes pull from OCIR without internet access. Public subnets route 0.0.0.0/0
 * to an internet gateway only, because OCI does not allow a public subnet's route table to target both an
 * internet gateway and a service gateway.
 *
 * The load balancer group's rules apply to load balancers whose Kubernetes service names the group in the
 * `oci.oraclecloud.com/oci-network-security-groups` annotation. Other load balancers rely on the rules
 * OKE's cloud controller manager writes to the subnets' security lists.
 */
export class OkeNetwork extends Construct implements IOkeNetwork {
  /** References a network created elsewhere, for clusters and node pools of this app. */
  public static fromExisting(scope: Construct, id: string, props: ExistingOkeNetworkProps): IOkeNetwork {
    return new ExistingOkeNetwork(scope, id, props);
  }

  /** The VCN. */
  public readonly vcn: CoreVcn;
  /** Subnet of the Kubernetes API endpoint. */
  public readonly apiEndpointSubnet: CoreSubnet;
  /** Subnet of worker nodes. */
  public readonly workerSubnet: CoreSubnet;
  /** Subnet of pods; present with VCN-native pod networking. */
  public readonly podSubnet?: CoreSubnet;
  /** Subnet of load balancers. */
  public readonly loadBalancerSubnet: CoreSubnet;
  /** Internet gateway; present when a subnet is public. */
  public readonly internetGateway?: CoreInternetGateway;
  /** NAT gateway; present when a subnet is private and `createNatGateway` is true. */
  public readonly natGateway?: CoreNatGateway;
  /** Service gateway to all services of the region in the Oracle Services Network; present when a subnet is private. */
  public readonly serviceGateway?: CoreServiceGateway;
  /** Route table of the public subnets; present when a subnet is public. */
  public readonly publicRouteTable?: CoreRouteTable;
  /** Route table of the private subnets; present when a subnet is private. */
  public readonly privateRouteTable?: CoreRouteTable;
  /** Network security group of the Kubernetes API endpoint. */
  public readonly apiEndpointNsg: CoreNetworkSecurityGroup;
  /** Network security group of worker nodes. */
  public readonly workerNsg: CoreNetworkSecurityGroup;
  /** Network security group of pods; present with VCN-native pod networking. */
  public readonly podNsg?: CoreNetworkSecurityGroup;
  /** Network security group of load balancers; a load balancer joins it through its service's annotation. */
  public readonly loadBalancerNsg: CoreNetworkSecurityGroup;
  /** The data source that finds the Oracle Services Network entry of the region. */
  public readonly oracleServices: DataOciCoreServices;
  /** The security rules written to the network security groups. */
  public readonly securityRules: readonly OkeSecurityRule[];

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

  private readonly compartmentOcid: string;
  private readonly displayNamePrefix: string;
  private readonly freeformTags?: Record<string, string>;

  constructor(scope: Construct, id: string, props: OkeNetworkProps) {
    super(scope, id);
    // Fails early, naming this construct, when the stack has no OciEnvironment to configure the provider.
    OciEnvironment.of(this);

    this.cni = props.cni ?? CniType.VCN_NATIVE;
    this.vcnCidrs = props.vcnCidrs ?? [DEFAULT_VCN_CIDR];
    this.compartmentOcid = props.compartmentOcid;
    this.displayNamePrefix = props.displayNamePrefix ?? id;
    this.freeformTags = props.freeformTags;
    const vcnNative = this.cni === CniType.VCN_NATIVE;
    const loadBalancersArePublic = props.loadBalancerSubnet?.isPublic ?? true;
    const apiEndpointAllowedCidrs = props.apiEndpointAllowedCidrs ?? this.vcnCidrs;
    const loadBalancerAllowedCidrs = props.loadBalancerAllowedCidrs ?? (loadBalancersArePublic ? [ANYWHERE] : this.vcnCidrs);
    const loadBalancerListenerPorts = props.loadBalancerListenerPorts ?? [443];

    const subnetInputs: SubnetInput[] = [
      subnetInput(OkeNetworkRole.API_ENDPOINT, 'apiEndpointSubnet', props.apiEndpointSubnet, 'api', false),
      subnetInput(OkeNetworkRole.WORKERS, 'workerSubnet', props.workerSubnet, 'workers', false),
      ...(vcnNative ? [subnetInput(OkeNetworkRole.PODS, 'podSubnet', { ...props.podSubnet, isPublic: false }, 'pods', false)] : []),
      subnetInput(OkeNetworkRole.LOAD_BALANCERS, 'loadBalancerSubnet', props.loadBalancerSubnet, 'loadbalancers', true),
    ];
    const subnets = planOkeNetwork(new Validator(this, 'OkeNetwork'), {
      compartmentOcid: props.compartmentOcid,
      cni: this.cni,
      vcnCidrs: this.vcnCidrs,
      vcnDnsLabel: props.vcnDnsLabel ?? 'oke',
      subnets: subnetInputs,
      podSubnetOptions: vcnNative ? undefined : props.podSubnet,
      apiEndpointAllowedCidrs: props.apiEndpointAllowedCidrs,
      loadBalancerAllowedCidrs: props.loadBalancerAllowedCidrs,
      loadBalancerListenerPorts: props.loadBalancerListenerPorts,
    });
    const plan = (role: OkeNetworkRole): SubnetPlan | undefined => subnets.find((subnet) => subnet.role === role);
    const anyPublic = subnets.some((subnet) => subnet.isPublic);
    const anyPrivate = subnets.some((subnet) => !subnet.isPublic);
    const createNatGateway = anyPrivate && (props.createNatGateway ?? true);

    this.vcn = new CoreVcn(this, 'vcn', {
      compartmentId: this.compartmentOcid,
      cidrBlocks: this.vcnCidrs,
      dnsLabel: props.vcnDnsLabel ?? 'oke',
      displayName: this.displayName('vcn'),
      freeformTags: this.freeformTags,
    });
    this.vcnOcid = this.vcn.id;

    this.oracleServices = new DataOciCoreServices(this, 'oracle-services', {
      filter: [{ name: 'name', values: [ALL_ORACLE_SERVICES_NAME], regex: true }],
    });
    const oracleServicesCidrLabel = this.oracleServices.services.get(0).cidrBlock;

    if (anyPublic) {
      this.internetGateway = new CoreInternetGateway(this, 'internet-gateway', {
        ...this.common('internet-gateway'),
        enabled: true,
      });
      this.publicRouteTable = new CoreRouteTable(this, 'public-route-table', {
        ...this.common('public-routes'),
        routeRules: [
          { destination: ANYWHERE, destinationType: 'CIDR_BLOCK', networkEntityId: this.internetGateway.id, description: 'Internet through the internet gateway' },
        ],
      });
    }

    if (anyPrivate) {
      if (createNatGateway) {
        this.natGateway = new CoreNatGateway(this, 'nat-gateway', this.common('nat-gateway'));
      }
      this.serviceGateway = new CoreServiceGateway(this, 'service-gateway', {
        ...this.common('service-gateway'),
        services: [{ serviceId: this.oracleServices.services.get(0).id }],
      });
      const privateRoutes: CoreRouteTableRouteRules[] = [];
      if (this.natGateway) {
        privateRoutes.push({ destination: ANYWHERE, destinationType: 'CIDR_BLOCK', networkEntityId: this.natGateway.id, description: 'Internet through the NAT gateway' });
      }
      privateRoutes.push({
        destination: oracleServicesCidrLabel,
        destinationType: 'SERVICE_CIDR_BLOCK',
        networkEntityId: this.serviceGateway.id,
        description: 'OCIR, OKE and other services in the Oracle Services Network through the service gateway',
      });
      this.privateRouteTable = new CoreRouteTable(this, 'private-route-table', { ...this.common('private-routes'), routeRules: privateRoutes });
    }

    this.apiEndpointSubnet = this.createSubnet(plan(OkeNetworkRole.API_ENDPOINT)!);
    this.workerSubnet = this.createSubnet(plan(OkeNetworkRole.WORKERS)!);
    const podPlan = plan(OkeNetworkRole.PODS);
    this.podSubnet = podPlan ? this.createSubnet(podPlan) : undefined;
    this.loadBalancerSubnet = this.createSubnet(plan(OkeNetworkRole.LOAD_BALANCERS)!);

    this.apiEndpointNsg = this.createNsg(OkeNetworkRole.API_ENDPOINT);
    this.workerNsg = this.createNsg(OkeNetworkRole.WORKERS);
    this.podNsg = vcnNative ? this.createNsg(OkeNetworkRole.PODS) : undefined;
    this.loadBalancerNsg = this.createNsg(OkeNetworkRole.LOAD_BALANCERS);
    const nsgs: Partial<Record<OkeNetworkRole, CoreNetworkSecurityGroup>> = {
      [OkeNetworkRole.API_ENDPOINT]: this.apiEndpointNsg,
      [OkeNetworkRole.WORKERS]: this.workerNsg,
      [OkeNetworkRole.PODS]: this.podNsg,
      [OkeNetworkRole.LOAD_BALANCERS]: this.loadBalancerNsg,
    };

    const workersArePublic = plan(OkeNetworkRole.WORKERS)!.isPublic;
    this.securityRules = okeSecurityRules({
      cni: this.cni,
      apiEndpointClientCidrs: apiEndpointAllowedCidrs,
      loadBalancerClientCidrs: loadBalancerAllowedCidrs,
      loadBalancerListenerPorts,
      workerInternetEgress: workersArePublic || createNatGateway,
      podInternetEgress: vcnNative && createNatGateway,
    });
    for (const rule of this.securityRules) {
      this.createRule(rule, nsgs, oracleServicesCidrLabel);
    }

    this.apiEndpointIsPublic = plan(OkeNetworkRole.API_ENDPOINT)!.isPublic;
    this.apiEndpointSubnetOcid = this.apiEndpointSubnet.id;
    this.apiEndpointNsgOcids = [this.apiEndpointNsg.id];
    this.workerSubnetOcid = this.workerSubnet.id;
    this.workerSubnetCidr = plan(OkeNetworkRole.WORKERS)!.cidr;
    this.workerNsgOcids = [this.workerNsg.id];
    this.podSubnetOcid = this.podSubnet?.id;
    this.podSubnetCidr = podPlan?.cidr;
    this.podNsgOcids = this.podNsg ? [this.podNsg.id] : [];
    this.loadBalancerSubnetOcids = [this.loadBalancerSubnet.id];
    this.loadBalancerNsgOcids = [this.loadBalancerNsg.id];

    if (this.apiEndpointIsPublic) {
      const clients = Token.isUnresolved(apiEndpointAllowedCidrs) ? 'apiEndpointAllowedCidrs' : apiEndpointAllowedCidrs.join(', ');
      warnRisk(
        this,
        'oci:public-api-endpoint',
        `The Kubernetes API endpoint subnet is public, so the endpoint can get a public IP address; clients in ${clients} may reach port 6443.`,
      );
    }
    if (workersArePublic) {
      warnRisk(this, 'oci:public-workers', 'Worker nodes are in a public subnet and can get public IP addresses: keep them private unless they must be reachable from the internet.');
    }
  }

  private displayName(suffix: string): string {
    return `${this.displayNamePrefix}-${suffix}`;
  }

  /** Attributes every VCN child resource shares. */
  private common(suffix: string): { compartmentId: string; vcnId: string; displayName: string; freeformTags?: Record<string, string> } {
    return { compartmentId: this.compartmentOcid, vcnId: this.vcn.id, displayName: this.displayName(suffix), freeformTags: this.freeformTags };
  }

  private createSubnet(subnet: SubnetPlan): CoreSubnet {
    // Every subnet gets its own empty security list, so network security groups are the one place rules
    // live. Without an explicit list OCI attaches the VCN's default security list, which admits SSH from
    // 0.0.0.0/0. One list per subnet, because OKE's cloud controller manager may add load balancer rules
    // to the lists of the load balancer and worker subnets; Terraform ignores those rules so it does not
    // remove them again.
    const securityList = new CoreSecurityList(this, `${subnet.role}-security-list`, {
      ...this.common(`${subnet.role}-seclist`),
      lifecycle: { ignoreChanges: ['ingress_security_rules', 'egress_security_rules'] },
    });

    return new CoreSubnet(this, `${subnet.role}-subnet`, {
      ...this.common(subnet.role),
      cidrBlock: subnet.cidr,
      dnsLabel: subnet.dnsLabel,
      prohibitPublicIpOnVnic: !subnet.isPublic,
      routeTableId: subnet.isPublic ? this.publicRouteTable!.id : this.privateRouteTable!.id,
      securityListIds: [securityList.id],
    });
  }

  private createNsg(role: OkeNetworkRole): CoreNetworkSecurityGroup {
    return new CoreNetworkSecurityGroup(this, `${role}-nsg`, this.common(`${role}-nsg`));
  }

  private createRule(rule: OkeSecurityRule, nsgs: Partial<Record<OkeNetworkRole, CoreNetworkSecurityGroup>>, oracleServicesCidrLabel: string): void {
    let peer: string;
    let peerType: string;
    let iterator: ListTerraformIterator | undefined;
    switch (rule.peer.kind) {
      case 'nsg':
        peer = nsgs[rule.peer.role]!.id;
        peerType = 'NETWORK_SECURITY_GROUP';
        break;
      case 'oracle-services':
        peer = oracleServicesCidrLabel;
        peerType = 'SERVICE_CIDR_BLOCK';
        break;
      case 'cidr':
        peer = rule.peer.cidr;
        peerType = 'CIDR_BLOCK';
        break;
      case 'cidr-list':
        iterator = TerraformIterator.fromList(rule.peer.cidrs);
        peer = Token.asString(iterator.value);
        peerType = 'CIDR_BLOCK';
        break;
    }

    const portRange = rule.ports ? { destinationPortRange: { min: rule.ports.min, max: rule.ports.max } } : undefined;
    const config: CoreNetworkSecurityGroupSecurityRuleConfig = {
      networkSecurityGroupId: nsgs[rule.nsg]!.id,
      direction: rule.direction,
      protocol: rule.protocol,
      description: rule.description,
      stateless: false,
      ...(rule.direction === 'INGRESS' ? { source: peer, sourceType: peerType } : { destination: peer, destinationType: peerType }),
      ...(rule.protocol === SecurityRuleProtocol.TCP && portRange ? { tcpOptions: portRange } : {}),
      ...(rule.protocol === SecurityRuleProtocol.UDP && portRange ? { udpOptions: portRange } : {}),
      ...(rule.icmp ? { icmpOptions: { type: rule.icmp.type, code: rule.icmp.code } } : {}),
      ...(iterator ? { forEach: iterator } : {}),
    };
    new CoreNetworkSecurityGroupSecurityRule(this, rule.key, config);
  }
}

function subnetInput(role: OkeNetworkRole, property: string, options: OkeSubnetOptions | undefined, dnsLabel: string, isPublic: boolean): SubnetInput {
  return {
    role,
    property,
    cidr: options?.cidr,
    dnsLabel: options?.dnsLabel ?? dnsLabel,
    isPublic: options?.isPublic ?? isPublic,
  };
}

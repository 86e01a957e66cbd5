import { Fn } from 'cdktf';
import { checkIpv4Cidr, Ipv4Cidr } from '../core/cidr';
import { checkOcid, COMPARTMENT_OCID_KINDS } from '../core/ocid';
import { forEachKnown, isUnresolved, isUnresolvedList, Validator } from '../core/validation';
import { CniType } from './network-interface';
import { OkeNetworkRole } from './security-rules';

/** Inputs of {@link planOkeNetwork}: the props of `OkeNetwork` after defaults that need no derivation. */
export interface OkeNetworkInput {
  readonly compartmentOcid: string;
  readonly cni: CniType;
  readonly vcnCidrs: string[];
  readonly vcnDnsLabel: string;
  readonly subnets: readonly SubnetInput[];
  /** The pod subnet options when the user set them; flannel does not use a pod subnet. */
  readonly podSubnetOptions?: object;
  /** Client CIDR blocks the user set; defaults derived from the VCN blocks are not checked twice. */
  readonly apiEndpointAllowedCidrs?: string[];
  readonly loadBalancerAllowedCidrs?: string[];
  readonly loadBalancerListenerPorts?: number[];
}

/** One subnet as the user configured it. */
export interface SubnetInput {
  readonly role: OkeNetworkRole;
  /** Property path in error messages, such as `workerSubnet`. */
  readonly property: string;
  readonly cidr?: string;
  readonly dnsLabel: string;
  readonly isPublic: boolean;
}

/** One subnet with its CIDR block decided. */
export interface SubnetPlan extends SubnetInput {
  readonly cidr: string;
}

/**
 * Default position of each subnet, as Terraform `cidrsubnet` arguments on the first VCN CIDR block.
 * For the default 10.0.0.0/16: API endpoint 10.0.0.0/28, load balancers 10.0.1.0/24, workers
 * 10.0.16.0/20 (4093 nodes), pods 10.0.128.0/17 (32765 addresses, about 1000 nodes at 31 pods each).
 * The gaps between them leave room for a bastion or an internal load balancer subnet.
 */
const DEFAULT_LAYOUT: Readonly<Record<OkeNetworkRole, { readonly extraBits: number; readonly index: number }>> = {
  [OkeNetworkRole.API_ENDPOINT]: { extraBits: 12, index: 0 },
  [OkeNetworkRole.LOAD_BALANCERS]: { extraBits: 8, index: 1 },
  [OkeNetworkRole.WORKERS]: { extraBits: 4, index: 1 },
  [OkeNetworkRole.PODS]: { extraBits: 1, index: 1 },
};

/** Longest VCN prefix the default layout fits in: /18 plus 12 bits gives the API endpoint a /30. */
const MAX_PREFIX_FOR_DEFAULT_LAYOUT = 18;

/** Prefix lengths OCI allows for VCN CIDR blocks (OCI Networking overview, "Allowed VCN Size and Address Ranges"). */
const VCN_PREFIX_RANGE = { min: 16, max: 30 };

/**
 * Prefix lengths that make sense for subnets: OCI limits a subnet to /16 (OKE "Large Cluster Best
 * Practices"), and a subnet smaller than /30 has no address left after OCI's three reserved ones.
 */
const SUBNET_PREFIX_RANGE = { min: 16, max: 30 };

/** Ranges OCI reserves, which a VCN must not use (OCI "IP Addresses Reserved for Use by Oracle"). */
const RESERVED_RANGES: ReadonlyArray<{ readonly cidr: Ipv4Cidr; readonly purpose: string }> = [
  { cidr: Ipv4Cidr.parse('169.254.0.0/16'), purpose: 'instance metadata, iSCSI and other OCI services' },
  { cidr: Ipv4Cidr.parse('224.0.0.0/4'), purpose: 'class D, multicast' },
  { cidr: Ipv4Cidr.parse('240.0.0.0/4'), purpose: 'class E, reserved for future use' },
];

/** VCN and subnet DNS labels: letters and digits, starting with a letter, at most 15 (OCI "DNS in Your Virtual Cloud Network"). */
const DNS_LABEL_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,14}$/;
const DNS_LABEL_RULE = 'must be 1 to 15 letters and digits, starting with a letter';

/**
 * Validates the input of an `OkeNetwork`, derives the subnet CIDR blocks left out, and returns the
 * subnets. Throws one `OciValidationError` listing every problem. Unresolved tokens pass unchecked.
 */
export function planOkeNetwork(validator: Validator, input: OkeNetworkInput): SubnetPlan[] {
  if (validator.requireString('compartmentOcid', input.compartmentOcid, { missing: 'give the OCID of the compartment for the network resources' })) {
    checkOcid(validator, 'compartmentOcid', input.compartmentOcid, COMPARTMENT_OCID_KINDS);
  }
  validator.requireOneOf('cni', input.cni, Object.values(CniType), 'a CniType');
  const vcn = checkVcnCidrs(validator, input.vcnCidrs);
  checkDnsLabel(validator, 'vcnDnsLabel', input.vcnDnsLabel);

  if (input.cni === CniType.FLANNEL && input.podSubnetOptions !== undefined) {
    validator.add('podSubnet', input.podSubnetOptions, 'is only used with VCN-native pod networking: remove it or set cni to CniType.VCN_NATIVE');
  }

  const subnets = deriveSubnetCidrs(validator, input.vcnCidrs, vcn.validFirstBlock, input.subnets);
  const allVcnBlocksKnown = vcn.blocks.length > 0 && vcn.blocks.every((block): block is Ipv4Cidr => block !== undefined);
  checkSubnets(validator, subnets, allVcnBlocksKnown ? (vcn.blocks as Ipv4Cidr[]) : undefined);

  checkCidrList(validator, 'apiEndpointAllowedCidrs', input.apiEndpointAllowedCidrs);
  checkCidrList(validator, 'loadBalancerAllowedCidrs', input.loadBalancerAllowedCidrs);
  checkPorts(validator, 'loadBalancerListenerPorts', input.loadBalancerListenerPorts);

  validator.throwIfInvalid();
  return subnets;
}

/** The VCN blocks after {@link checkVcnCidrs}. */
interface CheckedVcnCidrs {
  /** Each block parsed, or undefined for a token or a block that does not parse; empty for a list token. */
  readonly blocks: ReadonlyArray<Ipv4Cidr | undefined>;
  /** The first block when it breaks no rule, the one the default subnets are carved from. */
  readonly validFirstBlock?: Ipv4Cidr;
}

function checkVcnCidrs(validator: Validator, vcnCidrs: string[]): CheckedVcnCidrs {
  if (!validator.requireArray('vcnCidrs', vcnCidrs)) {
    return { blocks: [undefined] };
  }
  // A list token (such as a Terraform variable) is known only at plan time.
  if (isUnresolvedList(vcnCidrs)) {
    return { blocks: [] };
  }
  if (vcnCidrs.length === 0) {
    validator.add('vcnCidrs', vcnCidrs, 'must contain at least one CIDR block');
    return { blocks: [undefined] };
  }

  const blocks: Array<Ipv4Cidr | undefined> = [];
  let firstIsValid = false;
  vcnCidrs.forEach((value, index) => {
    const property = `vcnCidrs[${index}]`;
    const block = checkIpv4Cidr(validator, property, value);
    blocks.push(block);
    if (block === undefined) {
      return;
    }
    const problemsBefore = validator.recorded.length;
    if (block.prefixLength < VCN_PREFIX_RANGE.min || block.prefixLength > VCN_PREFIX_RANGE.max) {
      validator.add(property, value, `must have a prefix length from /${VCN_PREFIX_RANGE.min} to /${VCN_PREFIX_RANGE.max}, the VCN sizes OCI allows`);
    }
    const reserved = RESERVED_RANGES.find((range) => range.cidr.overlaps(block));
    if (reserved) {
      validator.add(property, value, `overlaps ${reserved.cidr}, which OCI reserves (${reserved.purpose}): choose another range, such as one from RFC 1918`);
    }
    const earlier = blocks.slice(0, index).findIndex((other) => other !== undefined && other.overlaps(block));
    if (earlier >= 0) {
      validator.add(property, value, `overlaps vcnCidrs[${earlier}] (${blocks[earlier]}): the CIDR blocks of a VCN must not overlap`);
    }
    if (index === 0) {
      firstIsValid = validator.recorded.length === problemsBefore;
    }
  });

  return { blocks, validFirstBlock: firstIsValid ? blocks[0] : undefined };
}

function checkDnsLabel(validator: Validator, property: string, value: string): void {
  validator.check(property, value, DNS_LABEL_PATTERN.test(value), DNS_LABEL_RULE);
}

/**
 * Fills in the CIDR of each subnet the user left out, from the first VCN block and {@link DEFAULT_LAYOUT}.
 * `firstBlock` is the first VCN block when it breaks no rule. When it does, no subnet is derived, because
 * the problem is in the VCN block and not in subnets the user never set.
 */
function deriveSubnetCidrs(validator: Validator, vcnCidrs: string[], firstBlock: Ipv4Cidr | undefined, subnets: readonly SubnetInput[]): SubnetPlan[] {
  const missing = subnets.filter((subnet) => subnet.cidr === undefined);
  if (missing.length === 0) {
    return subnets as SubnetPlan[];
  }

  const isListToken = Array.isArray(vcnCidrs) && isUnresolvedList(vcnCidrs);
  const first: string | undefined = isListToken ? Fn.element(vcnCidrs, 0) : Array.isArray(vcnCidrs) ? vcnCidrs[0] : undefined;
  if (firstBlock !== undefined && firstBlock.prefixLength > MAX_PREFIX_FOR_DEFAULT_LAYOUT) {
    const properties = missing.map((subnet) => `${subnet.property}.cidr`).join(', ');
    validator.add('vcnCidrs[0]', first, `is smaller than /${MAX_PREFIX_FOR_DEFAULT_LAYOUT}, too small for the default subnet layout: set ${properties}`);
  }

  return subnets.map((subnet) => {
    if (subnet.cidr !== undefined) {
      return subnet as SubnetPlan;
    }
    const layout = DEFAULT_LAYOUT[subnet.role];
    let cidr: string;
    if (first !== undefined && isUnresolved(first)) {
      // The block is known only at plan time, so Terraform divides it.
      cidr = Fn.cidrsubnet(first, layout.extraBits, layout.index);
    } else if (firstBlock !== undefined && firstBlock.prefixLength <= MAX_PREFIX_FOR_DEFAULT_LAYOUT) {
      cidr = firstBlock.subnet(firstBlock.prefixLength + layout.extraBits, layout.index).toString();
    } else {
      // The VCN block is invalid or too small; a problem is already recorded and the plan is discarded.
      cidr = '';
    }
    return { ...subnet, cidr };
  });
}

function checkSubnets(validator: Validator, subnets: readonly SubnetPlan[], vcnBlocks: Ipv4Cidr[] | undefined): void {
  const parsed: Array<{ subnet: SubnetPlan; block: Ipv4Cidr }> = [];
  const labels = new Map<string, string>();

  for (const subnet of subnets) {
    const cidrProperty = `${subnet.property}.cidr`;
    const block = subnet.cidr === '' ? undefined : checkIpv4Cidr(validator, cidrProperty, subnet.cidr);
    if (block !== undefined) {
      if (block.prefixLength < SUBNET_PREFIX_RANGE.min || block.prefixLength > SUBNET_PREFIX_RANGE.max) {
        validator.add(cidrProperty, subnet.cidr, `must have a prefix length from /${SUBNET_PREFIX_RANGE.min} to /${SUBNET_PREFIX_RANGE.max}: OCI subnets are at most /16, and OCI reserves 3 addresses of each`);
      }
      if (vcnBlocks !== undefined && !vcnBlocks.some((vcnBlock) => vcnBlock.contains(block))) {
        validator.add(cidrProperty, subnet.cidr, `is not inside any VCN CIDR block (${vcnBlocks.join(', ')}): choose a block inside one of them`);
      }
      const overlapped = parsed.find((other) => other.block.overlaps(block));
      if (overlapped) {
        validator.add(cidrProperty, subnet.cidr, `overlaps ${overlapped.subnet.property}.cidr (${overlapped.block}): the subnets of a VCN must not overlap`);
      }
      parsed.push({ subnet, block });
    }

    const labelProperty = `${subnet.property}.dnsLabel`;
    checkDnsLabel(validator, labelProperty, subnet.dnsLabel);
    if (!isUnresolved(subnet.dnsLabel)) {
      const key = subnet.dnsLabel.toLowerCase();
      const earlier = labels.get(key);
      if (earlier !== undefined) {
        validator.add(labelProperty, subnet.dnsLabel, `is already the DNS label of ${earlier}: subnet DNS labels must be unique in the VCN`);
      } else {
        labels.set(key, subnet.property);
      }
    }
  }
}

/** Checks a list of client CIDR blocks; duplicates are rejected because each block becomes one rule. */
function checkCidrList(validator: Validator, property: string, values: string[] | undefined): void {
  if (!validator.requireArray(property, values)) {
    return;
  }
  const seen = new Set<string>();
  forEachKnown(values, (value, index) => {
    checkIpv4Cidr(validator, `${property}[${index}]`, value);
    if (seen.has(value)) {
      validator.add(`${property}[${index}]`, value, 'is listed more than once: remove the duplicate');
    }
    seen.add(value);
  });
}

function checkPorts(validator: Validator, property: string, ports: number[] | undefined): void {
  if (!validator.requireArray(property, ports)) {
    return;
  }
  if (isUnresolvedList(ports)) {
    // Each port becomes its own rule, so the list must be known at synth time (single ports may be tokens).
    validator.add(property, ports, 'is a list token: list the ports in code, because each port becomes its own security rule');
    return;
  }
  const seen = new Set<number>();
  ports!.forEach((port, index) => {
    validator.check(`${property}[${index}]`, port, Number.isInteger(port) && port >= 1 && port <= 65535, 'must be a whole number from 1 to 65535');
    if (seen.has(port)) {
      validator.add(`${property}[${index}]`, port, 'is listed more than once: remove the duplicate');
    }
    seen.add(port);
  });
}

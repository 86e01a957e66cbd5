import { isUnresolved, Validator } from './validation';

// Four decimal octets without leading zeros, then a prefix length of 0 to 32. Leading zeros are
// rejected because some parsers read them as octal (Go's net.ParseCIDR, used by Terraform, rejects them).
const CIDR_PATTERN = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\/(0|[1-9]\d?)$/;

/**
 * Addresses OCI reserves in every subnet: the network address, the first host address (the subnet's
 * default gateway) and the last address (broadcast). Source: OCI Networking overview, "IP Addresses
 * Reserved for Use by Oracle".
 */
export const OCI_RESERVED_ADDRESSES_PER_SUBNET = 3;

/** Formats a 32-bit address number as dotted decimal. */
function formatAddress(address: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256);
  return octets.join('.');
}

/**
 * An IPv4 CIDR block such as `10.0.0.0/16`, parsed so blocks can be compared and divided.
 * Addresses are kept as plain numbers (0 to 2^32 - 1) because JavaScript bit operators are signed.
 */
export class Ipv4Cidr {
  /**
   * Parses `text` as a CIDR block whose host bits are zero.
   * @throws Error naming the problem when `text` is not such a block
   */
  public static parse(text: string): Ipv4Cidr {
    const problem = Ipv4Cidr.problem(text);
    if (problem !== undefined) {
      throw new Error(`'${text}' ${problem}`);
    }
    return Ipv4Cidr.parseLoose(text)!;
  }

  /**
   * Returns what is wrong with `text` as a rule fragment for {@link Validator}, or undefined when it is
   * a CIDR block whose host bits are zero.
   */
  public static problem(text: string): string | undefined {
    const cidr = Ipv4Cidr.parseLoose(text);
    if (cidr === undefined) {
      return 'is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16';
    }
    if (cidr.networkAddress % cidr.size !== 0) {
      const network = new Ipv4Cidr(cidr.networkAddress - (cidr.networkAddress % cidr.size), cidr.prefixLength);
      return `has host bits set: use ${network}, the network address of that block`;
    }
    return undefined;
  }

  /** Parses the syntax only, keeping host bits in `networkAddress`; undefined when the syntax is wrong. */
  private static parseLoose(text: string): Ipv4Cidr | undefined {
    const match = CIDR_PATTERN.exec(text);
    if (!match) {
      return undefined;
    }
    const octets = match.slice(1, 5).map(Number);
    const prefixLength = Number(match[5]);
    if (octets.some((octet) => octet > 255) || prefixLength > 32) {
      return undefined;
    }
    const address = octets.reduce((value, octet) => value * 256 + octet, 0);
    return new Ipv4Cidr(address, prefixLength);
  }

  private constructor(
    /** First address of the block as a number from 0 to 2^32 - 1. */
    public readonly networkAddress: number,
    /** Prefix length, 0 to 32. */
    public readonly prefixLength: number,
  ) {}

  /** Number of addresses in the block. */
  public get size(): number {
    return 2 ** (32 - this.prefixLength);
  }

  /** Last address of the block as a number. */
  public get lastAddress(): number {
    return this.networkAddress + this.size - 1;
  }

  /** Addresses left for VNICs when the block is an OCI subnet: the size minus the three OCI reserves, at least 0. */
  public get usableSubnetAddresses(): number {
    return Math.max(0, this.size - OCI_RESERVED_ADDRESSES_PER_SUBNET);
  }

  /** True when every address of `other` is inside this block. */
  public contains(other: Ipv4Cidr): boolean {
    return other.networkAddress >= this.networkAddress && other.lastAddress <= this.lastAddress;
  }

  /** True when the two blocks share at least one address. */
  public overlaps(other: Ipv4Cidr): boolean {
    return this.networkAddress <= other.lastAddress && other.networkAddress <= this.lastAddress;
  }

  /**
   * Returns block number `index` of length `newPrefixLength` inside this block, like Terraform's
   * `cidrsubnet(prefix, newPrefixLength - prefixLength, index)`.
   * @throws Error when the new prefix is shorter than this one or the index is out of range
   */
  public subnet(newPrefixLength: number, index: number): Ipv4Cidr {
    if (!Number.isInteger(newPrefixLength) || newPrefixLength < this.prefixLength || newPrefixLength > 32) {
      throw new Error(`Cannot divide ${this} into /${newPrefixLength} blocks: the prefix length must be from ${this.prefixLength} to 32.`);
    }
    const count = 2 ** (newPrefixLength - this.prefixLength);
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new Error(`${this} has ${count} blocks of /${newPrefixLength}: index ${index} is out of range.`);
    }
    return new Ipv4Cidr(this.networkAddress + index * 2 ** (32 - newPrefixLength), newPrefixLength);
  }

  /** Formats the block as `a.b.c.d/n`. */
  public toString(): string {
    return `${formatAddress(this.networkAddress)}/${this.prefixLength}`;
  }
}

/**
 * Records a problem unless `value` is a CIDR block without host bits, and returns the parsed block.
 * Returns undefined, without a problem, for undefined values and unresolved tokens.
 */
export function checkIpv4Cidr(validator: Validator, property: string, value: string | undefined): Ipv4Cidr | undefined {
  if (value === undefined || isUnresolved(value)) {
    return undefined;
  }
  const problem = Ipv4Cidr.problem(value);
  if (problem !== undefined) {
    validator.add(property, value, problem);
    return undefined;
  }
  return Ipv4Cidr.parse(value);
}

/** Parses `value` when it is a known, valid CIDR block; undefined for tokens and invalid text. */
export function tryParseIpv4Cidr(value: string | undefined): Ipv4Cidr | undefined {
  if (value === undefined || isUnresolved(value) || Ipv4Cidr.problem(value) !== undefined) {
    return undefined;
  }
  return Ipv4Cidr.parse(value);
}
